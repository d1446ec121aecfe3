//! Static analysis of one Nix file for editors and language servers: diagnostics,
//! binding sites, variable references and what they resolve to, and the names in
//! scope at any position.
//!
//! [`analyze`] parses and lowers the text exactly as evaluation does (the records come
//! from the same name resolution the compiler uses, so they cannot disagree), but
//! compiles and evaluates nothing, reads no file, and touches no global state. It
//! works on text with syntax errors: the diagnostics come back together with as much
//! analysis as the partial tree allows. It never panics.
//!
//! ```
//! use nixlet::analysis::{analyze, Resolution};
//!
//! let src = "lib: let x = 1; y = 2; in with lib; x + z + builtins.length [ ]";
//! let a = analyze(src, "example.nix");
//! assert!(a.diagnostics().is_empty());
//!
//! // go to definition: from the use of `x` to `x = 1`
//! let use_of_x = src.find("x +").unwrap() as u32;
//! let def = a.definition_at(use_of_x).unwrap();
//! assert_eq!((def.name.as_str(), def.range.start), ("x", 9));
//! // find references (for renaming): every use of that binding
//! let uses: Vec<u32> = a.references_to(def.id).iter().map(|r| r.start).collect();
//! assert_eq!(uses, [use_of_x]);
//! // `y` is never used
//! let unused: Vec<&str> = a.unused().iter().map(|d| d.name.as_str()).collect();
//! assert_eq!(unused, ["y"]);
//! // `z` may come from the `with` (looked up at run time), `builtins` is a global
//! let z = a.references().iter().find(|r| r.name == "z").unwrap();
//! let with_start = src.find("with").unwrap() as u32;
//! assert!(matches!(&z.resolution, Resolution::With(w) if w[0].start == with_start));
//! let b = a.references().iter().find(|r| r.name == "builtins").unwrap();
//! assert_eq!(b.resolution, Resolution::Global);
//! // positions as Nix prints them
//! let p = a.position(use_of_x);
//! assert_eq!((p.line, p.column), (1, use_of_x + 1));
//! ```

use nixlet_eval::record::{self, RecTarget, Recording};
use nixlet_parser::{FileId, Origin, ParseOptions, SourceDb};

/// A byte range `start..end` in the analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Range {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Range {
    fn from_text(r: nixlet_parser::TextRange) -> Self {
        Range { start: r.start().into(), end: r.end().into() }
    }

    /// True if `offset` is in the range or right at its end (where an editor's
    /// cursor is after typing a name).
    pub fn touches(&self, offset: u32) -> bool {
        self.start <= offset && offset <= self.end
    }
}

/// A 1-based line and 1-based byte column, as Nix prints positions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Position {
    /// Line, from 1.
    pub line: u32,
    /// Byte column, from 1.
    pub column: u32,
}

/// Identifies a [`Definition`] of one [`Analysis`] (its index in
/// [`Analysis::definitions`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DefinitionId(pub usize);

/// What introduced a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DefinitionKind {
    /// `let x = …;` (also the first name of `let x.y = …;`).
    LetBinding,
    /// `let inherit x;`: the value is the `x` of an enclosing scope, so the name is
    /// also a [`Reference`] to that one.
    LetInherit,
    /// `let inherit (e) x;`.
    LetInheritFrom,
    /// `rec { x = …; }` (also legacy `let { … }`).
    RecAttr,
    /// `rec { inherit x; }` (also a reference to the enclosing `x`).
    RecInherit,
    /// `rec { inherit (e) x; }`.
    RecInheritFrom,
    /// A function's parameter: `x: …`.
    Param,
    /// A formal argument: `{ x, y ? x }: …`.
    Formal,
    /// The name bound to a whole attribute-set argument: `args @ { … }: …`.
    PatternName,
}

impl DefinitionKind {
    /// A short lower-case name (`let`, `rec`, `param`, `formal`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            DefinitionKind::LetBinding => "let",
            DefinitionKind::LetInherit => "let-inherit",
            DefinitionKind::LetInheritFrom => "let-inherit-from",
            DefinitionKind::RecAttr => "rec",
            DefinitionKind::RecInherit => "rec-inherit",
            DefinitionKind::RecInheritFrom => "rec-inherit-from",
            DefinitionKind::Param => "param",
            DefinitionKind::Formal => "formal",
            DefinitionKind::PatternName => "pattern-name",
        }
    }
}

/// A binding site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Definition {
    /// Its id.
    pub id: DefinitionId,
    /// The name.
    pub name: String,
    /// What introduced it.
    pub kind: DefinitionKind,
    /// The name as written.
    pub range: Range,
    /// Where the name is visible (the `let`, `rec` set or function; see
    /// [`Scope::range`]).
    pub scope: Range,
}

/// What a variable reference resolves to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// A binding in this file.
    Definition(DefinitionId),
    /// No binding in scope: looked up at run time in the enclosing `with`
    /// expressions (whole ranges, innermost first).
    With(Vec<Range>),
    /// A builtin or built-in constant (`map`, `true`, `builtins`, `__head`, …).
    /// Bindings win over globals, and globals win over `with`, as in Nix.
    Global,
    /// Nothing: evaluation would fail with "undefined variable".
    Undefined,
}

/// A use of a variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// The name.
    pub name: String,
    /// Where it is written.
    pub range: Range,
    /// What it resolves to.
    pub resolution: Resolution,
    /// Not written as a name by the user: the operator `-` using a user-bound
    /// `__sub` (also `*`, `/`, `<`…), a search path `<p>` using `__findFile` and
    /// `__nixPath`. The range is the operator or path. Implicit references count for
    /// [`Analysis::unused`] but not for [`Analysis::references_to`] (renaming them
    /// would break the code).
    pub implicit: bool,
}

/// What opens a scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    /// `let … in …`.
    Let,
    /// `rec { … }` (or legacy `let { … }`).
    Rec,
    /// A function (parameter, formals, `@` name).
    Lambda,
    /// `with e; …`: names come from `e` at run time.
    With,
}

/// A scope: a region of text and the names it adds there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    /// What opens it.
    pub kind: ScopeKind,
    /// Where its names are visible (for `with`: the body).
    pub range: Range,
    /// The whole construct (`let … in …`, the set, the function, `with e; body`).
    pub node: Range,
    /// The names it binds, in source order (none for `with`).
    pub definitions: Vec<DefinitionId>,
}

/// How serious a diagnostic is (the parser's own type).
pub use nixlet_parser::Severity;

/// A parse-time problem: syntax errors, undefined variables, duplicate attributes
/// or formals, and the other errors Nix reports before evaluating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Where (an empty range is a position).
    pub range: Range,
    /// The message, worded as C++ Nix words it.
    pub message: String,
}

/// Where a visible name comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NameSource {
    /// A binding in this file.
    Definition(DefinitionId),
    /// A global (builtin or constant).
    Global,
}

/// A name visible at some position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisibleName {
    /// The name.
    pub name: String,
    /// Where it comes from.
    pub source: NameSource,
}

/// The names in scope at a position (see [`Analysis::visible_names_at`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct VisibleNames {
    /// Bindings, innermost scope first (shadowed ones left out), then the globals
    /// not shadowed, sorted.
    pub names: Vec<VisibleName>,
    /// The `with` expressions in effect, innermost first: any other name may also
    /// resolve through them at run time.
    pub with_scopes: Vec<Range>,
}

/// Options for [`analyze_with`].
#[derive(Debug, Clone, Default)]
pub struct AnalysisOptions {
    /// Accept `|>` and `<|` (the `pipe-operators` experimental feature).
    pub pipe_operators: bool,
    /// Pure evaluation: `__currentTime` and `__currentSystem` are not globals.
    pub pure: bool,
}

/// The analysis of one file. Plain data: owns its strings, no references into an
/// evaluator.
#[derive(Debug, Clone)]
pub struct Analysis {
    sources: SourceDb,
    file: FileId,
    raw_diagnostics: Vec<nixlet_parser::Diagnostic>,
    diagnostics: Vec<Diagnostic>,
    definitions: Vec<Definition>,
    references: Vec<Reference>,
    scopes: Vec<Scope>,
    globals: Vec<String>,
    /// For each definition, the indices of the references resolving to it.
    uses: Vec<Vec<usize>>,
}

/// Analyses `source` (named `file_name` in messages) with default options.
pub fn analyze(source: &str, file_name: &str) -> Analysis {
    analyze_with(source, file_name, &AnalysisOptions::default())
}

/// Analyses `source` (named `file_name` in messages).
pub fn analyze_with(source: &str, file_name: &str, options: &AnalysisOptions) -> Analysis {
    let mut sources = SourceDb::new();
    let file = sources.add(Origin::Other(file_name.to_string()), source);
    let parse_options = ParseOptions { pipe_operators: options.pipe_operators, ..Default::default() };
    let parse = nixlet_parser::parse(file, source, &parse_options);
    let global_names = nixlet_builtins::global_names(options.pure);
    let (recording, lower_diags) = record::record_file(&parse, source, file_name, &global_names);
    let mut raw_diagnostics = parse.diagnostics.clone();
    raw_diagnostics.extend(lower_diags);
    raw_diagnostics.sort_by_key(|d| d.span.map(|s| (s.range.start(), s.range.end())));
    raw_diagnostics.dedup();
    let mut globals: Vec<String> = global_names.iter().map(|s| s.to_string()).collect();
    globals.sort();
    globals.dedup();
    build(sources, file, raw_diagnostics, recording, globals)
}

fn build(
    sources: SourceDb,
    file: FileId,
    raw_diagnostics: Vec<nixlet_parser::Diagnostic>,
    rec: Recording,
    globals: Vec<String>,
) -> Analysis {
    let diagnostics = raw_diagnostics
        .iter()
        .map(|d| Diagnostic {
            severity: d.severity,
            range: d.span.map(|s| Range::from_text(s.range)).unwrap_or_default(),
            message: d.message.clone(),
        })
        .collect();
    // definitions are presented in source order: `new_id[recorded index]`
    let mut order: Vec<usize> = (0..rec.definitions.len()).collect();
    order.sort_by_key(|&i| rec.definitions.get(i).map(|d| (d.range.start(), d.range.end(), i)));
    let mut new_id = vec![0usize; order.len()];
    for (new, &old) in order.iter().enumerate() {
        if let Some(slot) = new_id.get_mut(old) {
            *slot = new;
        }
    }
    let map_id = |d: record::DefIndex| new_id.get(d as usize).map(|&i| DefinitionId(i));
    let scopes: Vec<Scope> = rec
        .scopes
        .iter()
        .map(|s| Scope {
            kind: match s.kind {
                record::ScopeKind::Let => ScopeKind::Let,
                record::ScopeKind::Rec => ScopeKind::Rec,
                record::ScopeKind::Lambda => ScopeKind::Lambda,
                record::ScopeKind::With => ScopeKind::With,
            },
            range: Range::from_text(s.range),
            node: Range::from_text(s.node),
            definitions: {
                let mut ids: Vec<DefinitionId> = s.definitions.iter().filter_map(|&d| map_id(d)).collect();
                ids.sort();
                ids
            },
        })
        .collect();
    let mut recorded: Vec<Option<record::RecDefinition>> = rec.definitions.into_iter().map(Some).collect();
    let definitions: Vec<Definition> = order
        .iter()
        .enumerate()
        .filter_map(|(i, &old)| Some((i, recorded.get_mut(old)?.take()?)))
        .map(|(i, d)| Definition {
            id: DefinitionId(i),
            name: d.name,
            kind: match d.kind {
                record::DefKind::LetBinding => DefinitionKind::LetBinding,
                record::DefKind::LetInherit => DefinitionKind::LetInherit,
                record::DefKind::LetInheritFrom => DefinitionKind::LetInheritFrom,
                record::DefKind::RecAttr => DefinitionKind::RecAttr,
                record::DefKind::RecInherit => DefinitionKind::RecInherit,
                record::DefKind::RecInheritFrom => DefinitionKind::RecInheritFrom,
                record::DefKind::Param => DefinitionKind::Param,
                record::DefKind::Formal => DefinitionKind::Formal,
                record::DefKind::PatternName => DefinitionKind::PatternName,
            },
            range: Range::from_text(d.range),
            scope: scopes.get(d.scope as usize).map(|s| s.range).unwrap_or_default(),
        })
        .collect();
    let mut references: Vec<Reference> = rec
        .references
        .into_iter()
        .map(|r| Reference {
            name: r.name,
            range: Range::from_text(r.range),
            resolution: match r.target {
                RecTarget::Definition(d) => map_id(d).map(Resolution::Definition).unwrap_or(Resolution::Undefined),
                RecTarget::Undefined => Resolution::Undefined,
                RecTarget::With(ws) => Resolution::With(ws.into_iter().map(Range::from_text).collect()),
                RecTarget::Global => Resolution::Global,
            },
            implicit: r.implicit,
        })
        .collect();
    // source order (lowering resolves some names out of order, e.g. `inherit`)
    references.sort_by_key(|r| (r.range.start, r.range.end));
    let mut uses = vec![Vec::new(); definitions.len()];
    for (i, r) in references.iter().enumerate() {
        if let Resolution::Definition(DefinitionId(d)) = r.resolution
            && let Some(u) = uses.get_mut(d)
        {
            u.push(i);
        }
    }
    Analysis { sources, file, raw_diagnostics, diagnostics, definitions, references, scopes, globals, uses }
}

impl Analysis {
    /// Parse-time diagnostics (syntax and scope errors, lint warnings), in source
    /// order.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// True if evaluating the file would fail before evaluation starts.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }

    /// A diagnostic rendered exactly as C++ Nix prints it (`error: …` and the
    /// `at file:line:col:` excerpt), without a trailing newline. `index` is its
    /// position in [`Analysis::diagnostics`].
    pub fn render_diagnostic(&self, index: usize) -> Option<String> {
        let d = self.raw_diagnostics.get(index)?;
        Some(nixlet_parser::render_nix(&self.sources, d))
    }

    /// Every binding site, in source order ([`DefinitionId`] `i` is the `i`th).
    pub fn definitions(&self) -> &[Definition] {
        &self.definitions
    }

    /// A definition by id.
    pub fn definition(&self, id: DefinitionId) -> Option<&Definition> {
        self.definitions.get(id.0)
    }

    /// Every variable reference, in source order.
    pub fn references(&self) -> &[Reference] {
        &self.references
    }

    /// Every scope, outermost first along any nesting chain.
    pub fn scopes(&self) -> &[Scope] {
        &self.scopes
    }

    /// The reference written at `offset` (the cursor may be right after the name).
    /// Implicit references are not written names and are never returned.
    pub fn reference_at(&self, offset: u32) -> Option<&Reference> {
        let explicit = || self.references.iter().filter(|r| !r.implicit);
        explicit()
            .find(|r| r.range.start <= offset && offset < r.range.end)
            .or_else(|| explicit().find(|r| r.range.touches(offset)))
    }

    /// Go to definition: the binding the name at `offset` refers to (for a
    /// reference) or is (for a binding site). For `inherit x;` in a `let` or `rec`
    /// set the name is both; the reference wins (it leads to the enclosing `x`).
    pub fn definition_at(&self, offset: u32) -> Option<&Definition> {
        if let Some(r) = self.reference_at(offset) {
            return match r.resolution {
                Resolution::Definition(id) => self.definition(id),
                _ => None,
            };
        }
        self.definitions
            .iter()
            .find(|d| d.range.start <= offset && offset < d.range.end)
            .or_else(|| self.definitions.iter().find(|d| d.range.touches(offset)))
    }

    /// Find references: where the definition is used (implicit uses left out), in
    /// source order. With the definition's own range, these are the ranges a rename
    /// rewrites.
    pub fn references_to(&self, id: DefinitionId) -> Vec<Range> {
        let Some(uses) = self.uses.get(id.0) else {
            return Vec::new();
        };
        uses.iter().filter_map(|&i| self.references.get(i)).filter(|r| !r.implicit).map(|r| r.range).collect()
    }

    /// Bindings never referenced (not even implicitly), in [`Analysis::definitions`]
    /// order. Names starting with `_` are included; filtering by convention is the
    /// caller's choice.
    pub fn unused(&self) -> Vec<&Definition> {
        self.definitions.iter().filter(|d| self.uses.get(d.id.0).is_none_or(|u| u.is_empty())).collect()
    }

    /// The scopes in effect at `offset`, innermost first.
    pub fn scopes_at(&self, offset: u32) -> Vec<&Scope> {
        // scopes are recorded in pre-order, so the ones containing `offset` form a
        // chain from the outermost to the innermost
        self.scopes.iter().rev().filter(|s| s.range.touches(offset)).collect()
    }

    /// The names visible at `offset` (for completion): bindings innermost first,
    /// then globals, each name once (the one a use at `offset` would resolve to),
    /// and the `with` scopes in effect.
    pub fn visible_names_at(&self, offset: u32) -> VisibleNames {
        let mut out = VisibleNames::default();
        let mut seen = std::collections::HashSet::new();
        for s in self.scopes_at(offset) {
            if s.kind == ScopeKind::With {
                out.with_scopes.push(s.node);
            }
            for &id in &s.definitions {
                if let Some(d) = self.definition(id)
                    && seen.insert(d.name.as_str())
                {
                    out.names.push(VisibleName { name: d.name.clone(), source: NameSource::Definition(id) });
                }
            }
        }
        for g in &self.globals {
            if seen.insert(g.as_str()) {
                out.names.push(VisibleName { name: g.clone(), source: NameSource::Global });
            }
        }
        out
    }

    /// The line and column of a byte offset (1-based, byte columns, as Nix prints
    /// them). Offsets past the end give the end's position.
    pub fn position(&self, offset: u32) -> Position {
        let (line, column) = match self.sources.get(self.file) {
            Some(f) => f.line_col(offset.min(f.text.len() as u32)),
            None => (1, 1),
        };
        Position { line, column }
    }
}
