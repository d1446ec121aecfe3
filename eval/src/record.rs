//! What the lowering records for language servers: binding sites, variable uses and
//! what each resolved to, and the scopes that introduce names.
//!
//! Recording is off during evaluation: [`crate::lower::lower`] only fills a
//! [`Recording`] when [`crate::lower::LowerInput::record`] is set (the facade's
//! `nixlet::analysis` does that). Because the records are made by the same code that
//! resolves names for the compiler, the two can never disagree.
//!
//! All ranges are byte ranges in the original source text.

use nixlet_parser::TextRange;

/// Index of a [`RecDefinition`] in [`Recording::definitions`].
pub type DefIndex = u32;

/// Index of a [`RecScope`] in [`Recording::scopes`].
pub type ScopeIndex = u32;

/// What introduced a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DefKind {
    /// `let x = …;` (also the first name of `let x.y = …;`).
    LetBinding,
    /// `let inherit x;` (the value is the `x` of an enclosing scope).
    LetInherit,
    /// `let inherit (e) x;`.
    LetInheritFrom,
    /// `rec { x = …; }` (also legacy `let { … }`).
    RecAttr,
    /// `rec { inherit x; }`.
    RecInherit,
    /// `rec { inherit (e) x; }`.
    RecInheritFrom,
    /// `x: …`.
    Param,
    /// `{ x, … }: …` or `{ x ? default }: …`.
    Formal,
    /// The name of `args @ { … }: …` (either side of the pattern).
    PatternName,
}

/// What kind of construct opens a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    /// `let … in …`.
    Let,
    /// `rec { … }` or legacy `let { … }`.
    Rec,
    /// A function: its parameter, formals and `@` name.
    Lambda,
    /// `with e; body`: names come from `e` at run time.
    With,
}

/// A binding site.
#[derive(Debug, Clone)]
pub struct RecDefinition {
    /// The name.
    pub name: String,
    /// What introduced it.
    pub kind: DefKind,
    /// The name as written.
    pub range: TextRange,
    /// The scope it belongs to.
    pub scope: ScopeIndex,
}

/// What a variable use resolved to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RecTarget {
    /// A binding in this file.
    Definition(DefIndex),
    /// No lexical binding: looked up at run time in these `with` expressions
    /// (their whole ranges), innermost first.
    With(Vec<TextRange>),
    /// A global (builtin or constant such as `true`).
    Global,
    /// Nothing: an "undefined variable" error.
    Undefined,
}

/// A variable use.
#[derive(Debug, Clone)]
pub struct RecReference {
    /// The name.
    pub name: String,
    /// Where it is written (for an implicit use, the construct that implies it).
    pub range: TextRange,
    /// What it resolved to.
    pub target: RecTarget,
    /// Not written by the user: `a - b` uses a user-bound `__sub`, `<p>` uses
    /// `__findFile` and `__nixPath`.
    pub implicit: bool,
}

/// A scope: where its names are visible and which they are.
#[derive(Debug, Clone)]
pub struct RecScope {
    /// What opened it.
    pub kind: ScopeKind,
    /// Where its names are visible (for `with`: the body).
    pub range: TextRange,
    /// The whole construct (`let … in …`, the set, the function, `with e; body`).
    pub node: TextRange,
    /// Its definitions, in source order (empty for `with`).
    pub definitions: Vec<DefIndex>,
}

/// Everything recorded while lowering one file. Scopes are in pre-order: a scope
/// comes after every scope that encloses it.
#[derive(Debug, Clone, Default)]
pub struct Recording {
    /// Binding sites, in the order they were met.
    pub definitions: Vec<RecDefinition>,
    /// Variable uses, in the order they were resolved.
    pub references: Vec<RecReference>,
    /// Scopes, outermost first along any nesting chain.
    pub scopes: Vec<RecScope>,
}

/// Lowers `parse` (of `text`) with recording on, resolving free names against
/// `global_names`, and returns the recording and the lowering's diagnostics (scope
/// errors: undefined variables, duplicate attributes and formals, …). The parse may
/// have errors; whatever parts of the tree exist are analysed. Nothing is compiled
/// or evaluated, and no file is read (paths are not resolved against anything).
pub fn record_file(
    parse: &nixlet_parser::Parse,
    text: &str,
    file_name: &str,
    global_names: &[&str],
) -> (Recording, Vec<nixlet_parser::Diagnostic>) {
    let mut symbols = crate::symbol::Symbols::new();
    let mut globals = rustc_hash::FxHashMap::default();
    for (i, n) in global_names.iter().enumerate() {
        globals.insert(symbols.intern(n), i as u32);
    }
    let arena = bumpalo::Bump::new();
    let lowered = crate::lower::lower(
        &arena,
        crate::lower::LowerInput {
            parse,
            text,
            symbols: &mut symbols,
            globals: &globals,
            base_dir: "/",
            // `~/` paths are not an error for tooling (evaluation may well be impure)
            home: Some("/"),
            scope_names: &[],
            file_name,
            record: true,
            inline: false,
        },
    );
    (lowered.recording.unwrap_or_default(), lowered.diagnostics)
}
