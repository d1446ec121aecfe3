//! Lowering: rnix syntax tree → [`ir`](crate::ir), with scope analysis.
//!
//! This pass resolves every variable (local slot, global, or dynamic `with` lookup),
//! merges nested attribute paths the way Nix's parser does, unescapes strings and
//! strips indentation, resolves path literals against the file's directory, and reports
//! the errors C++ Nix reports while parsing: undefined variables, duplicate attributes
//! (including nested and mixed forms), duplicate formals, `args@{ args, ... }`,
//! dynamic attributes in `let` and `inherit`, NUL bytes in strings.
//!
//! It is also the seam a language server uses: with [`LowerInput::record`] set,
//! [`Lowered::recording`] holds every binding site, every variable use and what it
//! resolved to, and the scopes (see [`crate::record`]). Recording is off during
//! evaluation and then costs one branch per name.

use crate::ir::*;
use crate::record::{DefIndex, DefKind, RecDefinition, RecReference, RecScope, RecTarget, Recording, ScopeKind};
use crate::symbol::{Sym, Symbols};
use bumpalo::Bump;
use nixlet_parser::rnix::SyntaxKind::{self, *};
use nixlet_parser::{Diagnostic, GNode, GToken, Parse, TextRange, TextSize};
use rustc_hash::FxHashMap;

/// Everything the lowering needs from its caller.
pub struct LowerInput<'g> {
    /// The parse to lower (must have no errors).
    pub parse: &'g Parse,
    /// The original source text.
    pub text: &'g str,
    /// The evaluator's interner.
    pub symbols: &'g mut Symbols,
    /// Names of globals and their indices.
    pub globals: &'g FxHashMap<Sym, u32>,
    /// Directory relative paths are resolved against (absolute, canonical).
    pub base_dir: &'g str,
    /// Home directory for `~/` paths; `None` in pure mode.
    pub home: Option<&'g str>,
    /// Extra names in scope for the whole file (`scopedImport`).
    pub scope_names: &'g [Sym],
    /// How the file is shown in messages (`/path/to/file.nix`, `«stdin»`).
    pub file_name: &'g str,
    /// Record definitions, references and scopes for tooling ([`Lowered::recording`]).
    /// The parse may then have errors: lowering never panics, and records what it can.
    pub record: bool,
    /// Inline calls of small `let`- and `rec`-bound functions
    /// ([`crate::vm::EvalOptions::inline_calls`]; never while recording).
    pub inline: bool,
}

/// The result of lowering one file.
pub struct Lowered<'a> {
    /// The IR.
    pub root: Root<'a>,
    /// Errors found (the IR must not be compiled if there are any).
    pub diagnostics: Vec<Diagnostic>,
    /// Binding sites, variable uses and scopes, if [`LowerInput::record`] was set.
    pub recording: Option<Recording>,
    /// The relative path literals (`./lib.nix`), resolved, in source order; the
    /// first [`MAX_REL_PATHS`] of them. Hints for reading ahead (`Io::import_hint`).
    pub rel_paths: Vec<String>,
}

/// Relative path literals of one file collected in [`Lowered::rel_paths`].
pub const MAX_REL_PATHS: usize = 256;

enum Scope<'a> {
    Names {
        fn_level: usize,
        names: FxHashMap<Sym, (u32, TextRange)>,
    },
    /// `pos` is where the IR says the `with` is (its start), `full` the whole expression.
    With {
        fn_level: usize,
        slot: u32,
        pos: TextRange,
        full: TextRange,
    },
    /// A parameter of an inlined call whose argument is a constant or a global:
    /// the body reads that expression in its place (see `Lowerer::inline_call`).
    Subst {
        name: Sym,
        value: &'a Expr<'a>,
    },
}

impl Scope<'_> {
    /// Whether the scope binds `name` lexically.
    fn binds(&self, name: Sym) -> bool {
        match self {
            Scope::Names { names, .. } => names.contains_key(&name),
            Scope::Subst { name: n, .. } => *n == name,
            Scope::With { .. } => false,
        }
    }
}

/// The recording under construction.
struct Recorder {
    out: Recording,
    /// A definition is identified by its name and the range the scope maps it to.
    ids: FxHashMap<(Sym, TextRange), DefIndex>,
}

struct Lowerer<'a, 'g, 't> {
    arena: &'a Bump,
    inp: LowerInput<'g>,
    scopes: Vec<Scope<'a>>,
    /// How many [`Scope::Subst`] are in `scopes`.
    substs: usize,
    /// The function environments being lowered, innermost last.
    fns: Vec<FnEnv>,
    diags: Vec<Diagnostic>,
    /// `Some` only when recording for tooling.
    rec: Option<Box<Recorder>>,
    op_names: [Sym; 6],
    /// Use positions of plain `inherit x;` names, consumed when they are resolved.
    pending_inherit_ranges: Vec<(Sym, TextRange)>,
    rel_paths: Vec<String>,
    /// `let`- and `rec`-bound functions whose calls may be inlined, by the range
    /// their scope maps them to (see [`Lowerer::inline_call`]).
    cands: FxHashMap<TextRange, InlineCand<'t>>,
    /// The functions being inlined, innermost last, and one being defined (its
    /// own calls are not inlined into it).
    inline_stack: Vec<TextRange>,
    /// Syntax nodes the inlinings under way may still copy (`None`: none is).
    inline_budget: Option<u32>,
}

/// A function environment being lowered: its slots so far, and how many of them
/// inlined calls' arguments took (at most [`INLINE_MAX_SLOTS`]).
#[derive(Clone, Copy, Default)]
struct FnEnv {
    slots: u32,
    inlined: u32,
}

/// A function `f = a: b: …;` of a `let` or `rec` set whose calls with all its
/// arguments may be replaced by its body (see [`Lowerer::inline_call`]).
#[derive(Clone)]
struct InlineCand<'t> {
    name: Sym,
    /// The parameters, outermost first, with their ranges.
    params: Vec<(Sym, TextRange)>,
    /// The innermost lambda's body, and the innermost lambda's position.
    body: GNode<'t>,
    lambda: TextRange,
    /// The names the body reads, parameters excepted.
    free: Vec<Sym>,
    /// Syntax nodes in the body.
    size: u32,
}

/// The most parameters, syntax nodes in a body, and nested inlinings of an
/// inlined call; the total of nodes one call's inlining may copy.
const INLINE_MAX_PARAMS: usize = 3;
const INLINE_MAX_NODES: u32 = 40;
const INLINE_MAX_DEPTH: usize = 3;
const INLINE_BUDGET: u32 = 120;
/// The most slots inlined calls may add to one function's environment: every
/// call of the function allocates them, whichever branches it takes.
const INLINE_MAX_SLOTS: u32 = 16;

const IDX_SUB: usize = 0;
const IDX_MUL: usize = 1;
const IDX_DIV: usize = 2;
const IDX_LT: usize = 3;
const IDX_FINDFILE: usize = 4;
const IDX_NIXPATH: usize = 5;

/// Lowers a parsed file into IR allocated in `arena`.
pub fn lower<'a>(arena: &'a Bump, inp: LowerInput<'_>) -> Lowered<'a> {
    let op_names = [
        inp.symbols.intern("__sub"),
        inp.symbols.intern("__mul"),
        inp.symbols.intern("__div"),
        inp.symbols.intern("__lessThan"),
        inp.symbols.intern("__findFile"),
        inp.symbols.intern("__nixPath"),
    ];
    let rec = inp.record.then(|| Box::new(Recorder { out: Recording::default(), ids: FxHashMap::default() }));
    // the green tree, walked without allocating (see `nixlet_parser::green`)
    let parse = inp.parse;
    let green = parse.root.green();
    let root_node = GNode::root(green);
    let mut l = Lowerer {
        arena,
        inp,
        scopes: Vec::new(),
        substs: 0,
        fns: vec![FnEnv::default()],
        diags: Vec::new(),
        rec,
        op_names,
        pending_inherit_ranges: Vec::new(),
        rel_paths: Vec::new(),
        cands: FxHashMap::default(),
        inline_stack: Vec::new(),
        inline_budget: None,
    };
    let mut scope_slots = Vec::new();
    if !l.inp.scope_names.is_empty() {
        let mut names = FxHashMap::default();
        for &n in l.inp.scope_names {
            let slot = l.alloc_slot();
            names.insert(n, (slot, TextRange::default()));
            scope_slots.push((n, slot));
        }
        l.scopes.push(Scope::Names { fn_level: 0, names });
    }
    let body = match expr_children(&root_node).next() {
        Some(e) => l.expr(&e),
        None => l.mk(ExprKind::Var(Var::Global(0)), TextRange::default()),
    };
    let nslots = l.fns.first().map_or(0, |f| f.slots);
    Lowered {
        root: Root { body, nslots, scope_slots: arena.alloc_slice_copy(&scope_slots) },
        diagnostics: l.diags,
        recording: l.rec.map(|r| r.out),
        rel_paths: l.rel_paths,
    }
}

fn is_expr_kind(k: SyntaxKind) -> bool {
    matches!(
        k,
        NODE_APPLY
            | NODE_ASSERT
            | NODE_ATTR_SET
            | NODE_BIN_OP
            | NODE_CUR_POS
            | NODE_ERROR
            | NODE_HAS_ATTR
            | NODE_IDENT
            | NODE_IF_ELSE
            | NODE_LAMBDA
            | NODE_LEGACY_LET
            | NODE_LET_IN
            | NODE_LIST
            | NODE_LITERAL
            | NODE_PAREN
            | NODE_PATH_ABS
            | NODE_PATH_REL
            | NODE_PATH_HOME
            | NODE_PATH_SEARCH
            | NODE_SELECT
            | NODE_STRING
            | NODE_UNARY_OP
            | NODE_WITH
    )
}

fn expr_children<'t>(n: &GNode<'t>) -> impl Iterator<Item = GNode<'t>> + use<'t> {
    n.children().filter(|c| is_expr_kind(c.kind()))
}

fn tokens<'t>(n: &GNode<'t>) -> impl Iterator<Item = GToken<'t>> + use<'t> {
    n.children_with_tokens().filter_map(|e| e.into_token())
}

/// The name an identifier node holds (its token's text, borrowed from the tree).
fn ident_text<'t>(n: &GNode<'t>) -> &'t str {
    tokens(n).find(|t| !t.kind().is_trivia()).map(|t| t.text()).unwrap_or_default()
}

/// A lambda's parameter (the first parameter or pattern child) and body (the last
/// expression child), in one walk over its children.
fn lambda_parts<'t>(n: &GNode<'t>) -> (Option<GNode<'t>>, Option<GNode<'t>>) {
    let (mut param, mut body) = (None, None);
    for c in n.children() {
        if param.is_none() && matches!(c.kind(), NODE_IDENT_PARAM | NODE_PATTERN) {
            param = Some(c);
        }
        if is_expr_kind(c.kind()) {
            body = Some(c);
        }
    }
    (param, body)
}

fn unparen<'t>(mut n: GNode<'t>) -> GNode<'t> {
    while n.kind() == NODE_PAREN {
        match expr_children(&n).next() {
            Some(c) => n = c,
            None => break,
        }
    }
    n
}

/// Lexically normalises an absolute path: removes `.`, `..`, duplicate slashes.
pub fn canon_path(p: &str) -> String {
    if is_canonical(p) {
        return p.to_string();
    }
    canon_path_general(p)
}

/// [`canon_path`] of an owned path, which is returned as it is when canonical.
pub fn canon_path_owned(p: String) -> String {
    if is_canonical(&p) { p } else { canon_path_general(&p) }
}

/// Whether `p` is already what [`canon_path`] makes of it: `/`, or `/` followed by
/// segments that are neither empty, `.` nor `..`, with no `/` at the end (most
/// paths a program builds, checked on bytes without splitting).
fn is_canonical(p: &str) -> bool {
    let b = p.as_bytes();
    if b.first() != Some(&b'/') {
        return false;
    }
    let mut seg_start = 1;
    for i in 1..=b.len() {
        if i == b.len() || b[i] == b'/' {
            match &b[seg_start..i] {
                b"" if b.len() == 1 => return true,
                b"" | b"." | b".." => return false,
                _ => {}
            }
            seg_start = i + 1;
        }
    }
    true
}

fn canon_path_general(p: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    if parts.is_empty() {
        return "/".to_string();
    }
    let mut out = String::with_capacity(p.len());
    for s in parts {
        out.push('/');
        out.push_str(s);
    }
    out
}

/// The first token of a path literal (`TOKEN_PATH_ABS`, `_REL` or `_HOME`) as
/// Nix's AST holds it: relative to `dir`, `~` replaced by `home`, absolute and
/// relative ones canonicalised (a trailing `/`, before an interpolation, kept).
/// `None` for a `~` path without a home directory (pure mode).
pub(crate) fn resolve_path_start(
    kind: nixlet_parser::SyntaxKind,
    text: &str,
    dir: &str,
    home: Option<&str>,
) -> Option<String> {
    let mut p = match kind {
        // Nix canonicalises absolute and relative literals, not `~/` ones
        TOKEN_PATH_HOME => format!("{}{}", home?, text.get(1..).unwrap_or("")),
        TOKEN_PATH_ABS => canon_path(text),
        _ => canon_path(&format!("{dir}/{text}")),
    };
    if text.len() > 1 && text.ends_with('/') && !p.ends_with('/') {
        p.push('/');
    }
    Some(p)
}

/// Unescapes the content of a double-quoted string (or one `''\` escape).
pub(crate) fn unescape_dq(s: &str, out: &mut Vec<u8>) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // copy the run up to the next byte the lexer rewrites in one go
        let run = b[i..].iter().position(|&c| c == b'\\' || c == b'\r').unwrap_or(b.len() - i);
        out.extend_from_slice(&b[i..i + run]);
        i += run;
        let Some(&c) = b.get(i) else { break };
        i += 1;
        if c == b'\\' {
            if let Some(&e) = b.get(i) {
                i += 1;
                out.push(match e {
                    b'n' => b'\n',
                    b'r' => b'\r',
                    b't' => b'\t',
                    _ => e,
                });
            }
        } else {
            // CR or CR LF: one newline
            out.push(b'\n');
            if b.get(i) == Some(&b'\n') {
                i += 1;
            }
        }
    }
}

/// [`unescape_dq`]'s result, borrowed from `s` when there is nothing to unescape
/// (the common case: no backslash, no carriage return).
pub(crate) fn unescaped_dq(s: &str) -> std::borrow::Cow<'_, [u8]> {
    if s.bytes().any(|c| c == b'\\' || c == b'\r') {
        let mut v = Vec::with_capacity(s.len());
        unescape_dq(s, &mut v);
        std::borrow::Cow::Owned(v)
    } else {
        std::borrow::Cow::Borrowed(s.as_bytes())
    }
}

/// One lexical piece of an indented string, as Nix's lexer splits it.
pub(crate) enum IndPiece<E> {
    /// Raw text: takes part in indentation stripping.
    Text(String),
    /// An escape (`''$`, `'''`, `''\x`, lone `$` or `'`): ends start-of-line whitespace.
    Escape(String),
    /// An interpolation (the IR's expression and position, or a syntax node for
    /// the printer in `show`).
    Interp(E),
}

/// Splits the raw text between interpolations of an indented string like flex does.
pub(crate) fn split_ind_text<E>(s: &str, out: &mut Vec<IndPiece<E>>) {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // longest-match emulation of the IND_STRING rules
        let start = i;
        loop {
            if i >= b.len() {
                break;
            }
            match b[i] {
                b'$' => {
                    if i + 1 < b.len() && b[i + 1] != b'{' && b[i + 1] != b'\'' {
                        i += 2;
                    } else {
                        break;
                    }
                }
                b'\'' => {
                    if i + 1 < b.len() && b[i + 1] != b'\'' && b[i + 1] != b'$' {
                        i += 2;
                    } else {
                        break;
                    }
                }
                _ => i += 1,
            }
        }
        if i > start {
            // `i` may split a multi-byte character only at ASCII bytes, so this is safe
            out.push(IndPiece::Text(s.get(start..i).unwrap_or("").to_string()));
            continue;
        }
        // an escape-like token at b[i]
        if b[i] == b'$' {
            out.push(IndPiece::Escape("$".into()));
            i += 1;
        } else if b[i..].starts_with(b"''$") {
            out.push(IndPiece::Escape("$".into()));
            i += 3;
        } else if b[i..].starts_with(b"'''") {
            out.push(IndPiece::Escape("''".into()));
            i += 3;
        } else if b[i..].starts_with(b"''\\") {
            // ''\ followed by any character (possibly multi-byte)
            let rest = &s[i + 2..];
            let mut chars = rest.chars();
            chars.next(); // the backslash
            let n = chars.next().map(|c| c.len_utf8()).unwrap_or(0);
            let esc = &rest[..1 + n];
            let mut v = Vec::new();
            unescape_dq(esc, &mut v);
            out.push(IndPiece::Escape(String::from_utf8_lossy(&v).into_owned()));
            i += 3 + n;
        } else {
            // a lone quote
            out.push(IndPiece::Escape("'".into()));
            i += 1;
        }
    }
}

/// The first text of an indented string: `''` followed by spaces and a newline
/// drops that first line.
pub(crate) fn ind_first_text(text: &str) -> &str {
    text.trim_start_matches(' ').strip_prefix('\n').unwrap_or(text)
}

/// A part after indentation stripping (literals still owned).
pub(crate) enum Stripped<E> {
    Lit(Vec<u8>),
    Expr(E),
}

/// Indentation stripping as Nix does it; returns the parts to concatenate.
pub(crate) fn strip_indentation<E>(pieces: Vec<IndPiece<E>>) -> Vec<Stripped<E>> {
    let mut at_start = true;
    let mut min_indent = usize::MAX;
    let mut cur = 0usize;
    for p in &pieces {
        match p {
            IndPiece::Text(s) => {
                for &c in s.as_bytes() {
                    if at_start {
                        if c == b' ' {
                            cur += 1;
                        } else if c == b'\n' {
                            cur = 0;
                        } else {
                            at_start = false;
                            min_indent = min_indent.min(cur);
                        }
                    } else if c == b'\n' {
                        at_start = true;
                        cur = 0;
                    }
                }
            }
            _ => {
                if at_start {
                    at_start = false;
                    min_indent = min_indent.min(cur);
                }
            }
        }
    }
    if min_indent == usize::MAX {
        min_indent = 1_000_000;
    }
    let mut out: Vec<Stripped<E>> = Vec::new();
    let push_lit = |out: &mut Vec<Stripped<E>>, v: Vec<u8>| {
        if v.is_empty() {
            return;
        }
        if let Some(Stripped::Lit(last)) = out.last_mut() {
            last.extend_from_slice(&v);
        } else {
            out.push(Stripped::Lit(v));
        }
    };
    at_start = true;
    let mut dropped = 0usize;
    let n = pieces.len();
    for (idx, p) in pieces.into_iter().enumerate() {
        match p {
            IndPiece::Interp(e) => {
                at_start = false;
                dropped = 0;
                out.push(Stripped::Expr(e));
            }
            // escapes end start-of-line whitespace when the indentation is measured
            // (above), but are then stripped like text: an escaped newline starts a
            // line whose leading spaces are dropped, as in Nix
            IndPiece::Text(s) | IndPiece::Escape(s) => {
                let mut v = Vec::with_capacity(s.len());
                for &c in s.as_bytes() {
                    if at_start {
                        if c == b' ' {
                            if dropped >= min_indent {
                                v.push(c);
                            }
                            dropped += 1;
                        } else if c == b'\n' {
                            dropped = 0;
                            v.push(c);
                        } else {
                            at_start = false;
                            dropped = 0;
                            v.push(c);
                        }
                    } else {
                        v.push(c);
                        if c == b'\n' {
                            at_start = true;
                        }
                    }
                }
                if idx + 1 == n {
                    strip_last_line(&mut v);
                }
                push_lit(&mut out, v);
            }
        }
    }
    out
}

fn strip_last_line(v: &mut Vec<u8>) {
    if let Some(p) = v.iter().rposition(|&c| c == b'\n')
        && v[p + 1..].iter().all(|&c| c == b' ')
    {
        v.truncate(p + 1);
    }
}

/// A value in the attribute tree built while merging attribute paths.
enum TreeVal<'t> {
    Expr(GNode<'t>),
    Nested(Box<Tree<'t>>),
    /// `inherit x;` (looked up in the enclosing scope).
    Inherit(Sym),
    /// `inherit (src) x;`: index into `inherit_from`, and where `x` is written.
    InheritFrom(usize, Sym, TextRange),
}

struct TreeDef<'t> {
    range: TextRange,
    /// The name as written (only computed when recording; else `range`).
    name_range: TextRange,
    val: TreeVal<'t>,
}

struct DynDef<'t> {
    key: GNode<'t>,
    val: TreeVal<'t>,
    range: TextRange,
}

/// An attribute set under construction (Nix's `ExprAttrs` during parsing).
struct Tree<'t> {
    rec: bool,
    /// The set's range (only computed when recording).
    range: TextRange,
    statics: Vec<(Sym, TreeDef<'t>)>,
    index: FxHashMap<Sym, usize>,
    dynamics: Vec<DynDef<'t>>,
    inherit_from: Vec<GNode<'t>>,
}

impl<'t> Tree<'t> {
    fn new(rec: bool) -> Self {
        Tree {
            rec,
            range: TextRange::default(),
            statics: Vec::new(),
            index: FxHashMap::default(),
            dynamics: Vec::new(),
            inherit_from: Vec::new(),
        }
    }
}

/// An element of an attribute path.
#[derive(Clone)]
enum PathKey<'t> {
    Static(Sym),
    Dynamic(GNode<'t>),
}

impl<'a, 'g, 't> Lowerer<'a, 'g, 't> {
    fn mk(&self, kind: ExprKind<'a>, range: TextRange) -> &'a Expr<'a> {
        self.arena.alloc(Expr { kind, range, param: false })
    }

    fn range(&self, n: &GNode<'t>) -> TextRange {
        self.inp.parse.original_range(n.text_range())
    }

    fn trange(&self, t: &GToken<'t>) -> TextRange {
        self.inp.parse.original_range(t.text_range())
    }

    fn start(&self, n: &GNode<'t>) -> TextRange {
        let r = self.range(n);
        TextRange::empty(r.start())
    }

    fn error(&mut self, range: TextRange, msg: impl Into<String>) {
        self.diags.push(Diagnostic::error(nixlet_parser::Span::new(self.inp.parse.file, range), msg));
    }

    fn describe(&self, range: TextRange) -> String {
        // "«stdin»:1:3" style, for "already defined at" messages
        let (l, c) = line_col(self.inp.text, range.start().into());
        format!("{}:{}:{}", self.inp.file_name, l, c)
    }

    fn alloc_slot(&mut self) -> u32 {
        let f = self.fns.last_mut().expect("a function scope always exists");
        let s = f.slots;
        f.slots += 1;
        s
    }

    fn fn_level(&self) -> usize {
        self.fns.len() - 1
    }

    // ---- names ----

    fn lookup(&mut self, name: Sym, range: TextRange, implicit: bool) -> Option<Var<'a>> {
        let cur = self.fn_level();
        let mut withs: Vec<(u32, u32)> = Vec::new();
        let mut with_pos: Vec<TextRange> = Vec::new();
        let mut with_full: Vec<TextRange> = Vec::new();
        for s in self.scopes.iter().rev() {
            match s {
                Scope::Names { fn_level, names } => {
                    if let Some(&(slot, def)) = names.get(&name) {
                        let var = Var::Local { depth: (cur - fn_level) as u32, slot };
                        if let Some(r) = self.rec.as_deref_mut() {
                            let target = match r.ids.get(&(name, def)) {
                                Some(&i) => RecTarget::Definition(i),
                                // names the caller put in scope (`scopedImport`)
                                None => RecTarget::Global,
                            };
                            let name = self.inp.symbols.str(name).into_owned();
                            r.out.references.push(RecReference { name, range, target, implicit });
                        }
                        return Some(var);
                    }
                }
                Scope::With { fn_level, slot, pos, full } => {
                    withs.push(((cur - fn_level) as u32, *slot));
                    with_pos.push(*pos);
                    if self.rec.is_some() {
                        with_full.push(*full);
                    }
                }
                // (taken by `var_use` when it is the innermost binding of `name`)
                Scope::Subst { .. } => {}
            }
        }
        let (var, target) = if let Some(&g) = self.inp.globals.get(&name) {
            (Some(Var::Global(g)), RecTarget::Global)
        } else if !withs.is_empty() {
            let positions = self.arena.alloc_slice_copy(&with_pos);
            (
                Some(Var::With(self.arena.alloc(WithLookup {
                    name,
                    scopes: self.arena.alloc_slice_copy(&withs),
                    positions,
                }))),
                RecTarget::With(with_full),
            )
        } else {
            (None, RecTarget::Undefined)
        };
        if let Some(r) = self.rec.as_deref_mut() {
            let name = self.inp.symbols.str(name).into_owned();
            r.out.references.push(RecReference { name, range, target, implicit });
        }
        var
    }

    // ---- recording (language servers) ----

    /// Opens a scope in the recording; `None` when not recording.
    fn record_scope(&mut self, kind: ScopeKind, range: TextRange, node: TextRange) -> Option<u32> {
        let r = self.rec.as_deref_mut()?;
        r.out.scopes.push(RecScope { kind, range, node, definitions: Vec::new() });
        Some((r.out.scopes.len() - 1) as u32)
    }

    /// Records a binding site. `key` is the range the scope's name map holds for it.
    fn record_def(&mut self, scope: Option<u32>, name: Sym, key: TextRange, range: TextRange, kind: DefKind) {
        let (Some(scope), Some(r)) = (scope, self.rec.as_deref_mut()) else {
            return;
        };
        let idx = r.out.definitions.len() as DefIndex;
        let text = self.inp.symbols.str(name).into_owned();
        r.out.definitions.push(RecDefinition { name: text, kind, range, scope });
        r.ids.insert((name, key), idx);
        if let Some(s) = r.out.scopes.get_mut(scope as usize) {
            s.definitions.push(idx);
        }
    }

    /// Records the definitions of a `let` or `rec` scope (in source order).
    fn record_tree_defs(&mut self, scope: Option<u32>, statics: &[(Sym, TreeDef)], in_let: bool) {
        if scope.is_none() {
            return;
        }
        let mut order: Vec<&(Sym, TreeDef)> = statics.iter().collect();
        order.sort_by_key(|(_, d)| d.name_range.start());
        for (name, def) in order {
            let kind = match (&def.val, in_let) {
                (TreeVal::Inherit(_), true) => DefKind::LetInherit,
                (TreeVal::Inherit(_), false) => DefKind::RecInherit,
                (TreeVal::InheritFrom(..), true) => DefKind::LetInheritFrom,
                (TreeVal::InheritFrom(..), false) => DefKind::RecInheritFrom,
                (_, true) => DefKind::LetBinding,
                (_, false) => DefKind::RecAttr,
            };
            self.record_def(scope, *name, def.range, def.name_range, kind);
        }
    }

    /// True if `name` is bound by user code (a lexical scope), not only as a global.
    fn user_bound(&self, name: Sym) -> bool {
        self.scopes.iter().any(|s| s.binds(name))
    }

    fn var(&mut self, name: Sym, range: TextRange) -> &'a Expr<'a> {
        self.var_use(name, range, false)
    }

    /// A variable use; `implicit` if the user did not write the name (operators).
    fn var_use(&mut self, name: Sym, range: TextRange, implicit: bool) -> &'a Expr<'a> {
        if self.substs > 0
            && let Some(s) = self.scopes.iter().rev().find(|s| s.binds(name))
            && let Scope::Subst { value, .. } = s
        {
            // the argument's value at the parameter's use: errors about it are
            // placed here, as about the variable it replaces
            let kind = match value.kind {
                ExprKind::Int(i) => ExprKind::Int(i),
                ExprKind::Float(f) => ExprKind::Float(f),
                ExprKind::Str(b) => ExprKind::Str(b),
                ExprKind::Var(v) => ExprKind::Var(v),
                _ => return value,
            };
            return self.arena.alloc(Expr { kind, range, param: true });
        }
        match self.lookup(name, range, implicit) {
            Some(v) => self.mk(ExprKind::Var(v), range),
            None => {
                let n = self.inp.symbols.str(name).into_owned();
                self.error(range, format!("undefined variable '{n}'"));
                self.mk(ExprKind::Var(Var::Global(0)), range)
            }
        }
    }

    // ---- expressions ----

    fn expr(&mut self, n: &GNode<'t>) -> &'a Expr<'a> {
        nixlet_parser::with_big_stack(|| self.expr_inner(n))
    }

    fn expr_inner(&mut self, n: &GNode<'t>) -> &'a Expr<'a> {
        let range = self.range(n);
        match n.kind() {
            NODE_PAREN => match expr_children(n).next() {
                Some(c) => self.expr(&c),
                None => self.mk(ExprKind::Var(Var::Global(0)), range),
            },
            NODE_LITERAL => self.literal(n, range),
            NODE_STRING => self.string(n),
            NODE_PATH_ABS | NODE_PATH_REL | NODE_PATH_HOME => self.path(n),
            NODE_PATH_SEARCH => {
                let text = n.text().to_string();
                let name = text.trim_start_matches('<').trim_end_matches('>');
                let f = self.op_var(IDX_FINDFILE, range);
                let p = self.op_var(IDX_NIXPATH, range);
                let s = self.mk(ExprKind::Str(self.arena.alloc_slice_copy(name.as_bytes())), range);
                self.mk(ExprKind::Apply(f, self.arena.alloc_slice_copy(&[p, s])), range)
            }
            NODE_IDENT => {
                let name = self.inp.symbols.intern(ident_text(n));
                self.var(name, range)
            }
            NODE_CUR_POS => {
                let (l, c) = line_col(self.inp.text, range.start().into());
                self.mk(ExprKind::CurPos(l, c), range)
            }
            NODE_SELECT => {
                let mut ch = expr_children(n);
                let base = ch.next();
                let default = ch.next();
                let path = n.children().find(|c| c.kind() == NODE_ATTRPATH);
                let base = match base {
                    Some(b) => self.expr(&b),
                    None => self.mk(ExprKind::Var(Var::Global(0)), range),
                };
                let keys = match path {
                    Some(p) => self.select_keys(&p),
                    None => &[],
                };
                let default = default.map(|d| self.expr(&d));
                self.mk(ExprKind::Select(base, self.arena.alloc(Keys(keys)), default), TextRange::empty(range.start()))
            }
            NODE_HAS_ATTR => {
                let base = expr_children(n).next();
                let path = n.children().find(|c| c.kind() == NODE_ATTRPATH);
                let base = match base {
                    Some(b) => self.expr(&b),
                    None => self.mk(ExprKind::Var(Var::Global(0)), range),
                };
                let keys = match path {
                    Some(p) => self.select_keys(&p),
                    None => &[],
                };
                self.mk(ExprKind::HasAttr(base, self.arena.alloc(Keys(keys))), range)
            }
            NODE_APPLY => {
                // flatten f a b c
                let mut args: Vec<GNode<'t>> = Vec::new();
                let mut cur = *n;
                loop {
                    let mut ch = expr_children(&cur);
                    let (Some(f), Some(a)) = (ch.next(), ch.next()) else {
                        break;
                    };
                    args.push(a);
                    if f.kind() == NODE_APPLY {
                        cur = f;
                    } else {
                        cur = f;
                        break;
                    }
                }
                args.reverse();
                if let Some(e) = self.inline_call(cur, &args, range) {
                    return e;
                }
                let f = self.expr(&cur);
                let mut lowered = Vec::with_capacity(args.len());
                for a in &args {
                    // a "cursed or" argument (`e or`, `or` an identifier) is placed
                    // where the application starts, as Nix places that variable (the
                    // nested applications of `f a b` all start there); tooling keeps
                    // the name's own range for its references
                    if a.kind() == NODE_IDENT && ident_text(a) == "or" && self.rec.is_none() {
                        let name = self.inp.symbols.intern("or");
                        lowered.push(self.var(name, TextRange::empty(range.start())));
                    } else {
                        lowered.push(self.expr(a));
                    }
                }
                self.mk(ExprKind::Apply(f, self.arena.alloc_slice_copy(&lowered)), TextRange::empty(range.start()))
            }
            NODE_LAMBDA => self.lambda(n, None),
            NODE_ATTR_SET => {
                let rec = tokens(n).any(|t| t.kind() == TOKEN_REC);
                let tree = self.build_tree(n, rec);
                let attrs = self.lower_tree(tree);
                self.mk(ExprKind::Attrs(attrs), TextRange::empty(range.start()))
            }
            NODE_LEGACY_LET => {
                let tree = self.build_tree(n, true);
                let attrs = self.lower_tree(tree);
                let a = self.mk(ExprKind::Attrs(attrs), TextRange::empty(range.start()));
                let body = self.inp.symbols.intern("body");
                let keys = self.arena.alloc_slice_copy(&[Key::Static(body)]);
                self.mk(ExprKind::Select(a, self.arena.alloc(Keys(keys)), None), TextRange::empty(range.start()))
            }
            NODE_LET_IN => self.let_in(n, range),
            NODE_WITH => {
                let mut ch = expr_children(n);
                let (ns, body) = (ch.next(), ch.next());
                let ns = match ns {
                    Some(x) => self.expr(&x),
                    None => self.mk(ExprKind::Var(Var::Global(0)), range),
                };
                let slot = self.alloc_slot();
                if self.rec.is_some() {
                    // the names are in effect from the `;` on (comments before the body too)
                    let body_range = match tokens(n).find(|t| t.kind() == TOKEN_SEMICOLON) {
                        Some(semi) => {
                            TextRange::new(self.trange(&semi).end(), range.end().max(self.trange(&semi).end()))
                        }
                        None => body.as_ref().map(|b| self.range(b)).unwrap_or(range),
                    };
                    self.record_scope(ScopeKind::With, body_range, range);
                }
                self.scopes.push(Scope::With {
                    fn_level: self.fn_level(),
                    slot,
                    pos: TextRange::empty(range.start()),
                    full: range,
                });
                let body = match body {
                    Some(b) => self.expr(&b),
                    None => self.mk(ExprKind::Var(Var::Global(0)), range),
                };
                self.scopes.pop();
                self.mk(ExprKind::With(ns, slot, body), TextRange::empty(range.start()))
            }
            NODE_IF_ELSE => {
                let ch: Vec<GNode<'t>> = expr_children(n).collect();
                let mut e = ch.iter().map(|c| self.expr(c)).collect::<Vec<_>>();
                while e.len() < 3 {
                    e.push(self.mk(ExprKind::Var(Var::Global(0)), range));
                }
                self.mk(ExprKind::If(e[0], e[1], e[2]), TextRange::empty(range.start()))
            }
            NODE_ASSERT => {
                let ch: Vec<GNode<'t>> = expr_children(n).collect();
                // Nix shows the condition from its AST, where path literals are resolved
                let base = crate::show::PathBase { dir: self.inp.base_dir, home: self.inp.home };
                let cond_text =
                    ch.first().map(|c| crate::show::show_node_in(&c.to_syntax_node(), Some(base))).unwrap_or_default();
                let mut e = ch.iter().map(|c| self.expr(c)).collect::<Vec<_>>();
                while e.len() < 2 {
                    e.push(self.mk(ExprKind::Var(Var::Global(0)), range));
                }
                let text: &'a str = self.arena.alloc_str(&cond_text);
                let text: &'a &'a str = self.arena.alloc(text);
                self.mk(ExprKind::Assert(e[0], e[1], text), TextRange::empty(range.start()))
            }
            NODE_BIN_OP => self.binop(n, range),
            NODE_UNARY_OP => {
                let op = tokens(n).find(|t| matches!(t.kind(), TOKEN_INVERT | TOKEN_SUB));
                let inner = match expr_children(n).next() {
                    Some(c) => self.expr(&c),
                    None => self.mk(ExprKind::Var(Var::Global(0)), range),
                };
                match op.map(|t| t.kind()) {
                    Some(TOKEN_SUB) => {
                        let r = TextRange::empty(range.start());
                        if self.user_bound(self.op_names[IDX_SUB]) {
                            let f = self.op_var(IDX_SUB, r);
                            let zero = self.mk(ExprKind::Int(0), r);
                            self.mk(ExprKind::Apply(f, self.arena.alloc_slice_copy(&[zero, inner])), r)
                        } else {
                            self.mk(ExprKind::Neg(inner), r)
                        }
                    }
                    _ => self.mk(ExprKind::Not(inner), TextRange::empty(range.start())),
                }
            }
            NODE_LIST => {
                let items: Vec<GNode<'t>> = expr_children(n).collect();
                let mut v = Vec::with_capacity(items.len());
                for i in &items {
                    v.push(self.expr(i));
                }
                self.mk(ExprKind::List(self.arena.alloc_slice_copy(&v)), range)
            }
            _ => {
                // NODE_ERROR or something unexpected: the parser already reported it.
                self.mk(ExprKind::Var(Var::Global(0)), range)
            }
        }
    }

    /// A reference to one of the operator functions (`__sub`, `__findFile`, ...).
    fn op_var(&mut self, idx: usize, range: TextRange) -> &'a Expr<'a> {
        let name = self.op_names[idx];
        self.var_use(name, range, true)
    }

    fn literal(&mut self, n: &GNode<'t>, range: TextRange) -> &'a Expr<'a> {
        let Some(tok) = tokens(n).find(|t| !t.kind().is_trivia()) else {
            return self.mk(ExprKind::Var(Var::Global(0)), range);
        };
        match tok.kind() {
            TOKEN_INTEGER => self.mk(ExprKind::Int(tok.text().parse::<i64>().unwrap_or(0)), range),
            TOKEN_FLOAT => self.mk(ExprKind::Float(tok.text().parse::<f64>().unwrap_or(0.0)), range),
            _ => {
                let s = self.arena.alloc_slice_copy(tok.text().as_bytes());
                self.mk(ExprKind::Str(s), range)
            }
        }
    }

    fn check_nul(&mut self, bytes: &[u8], range: TextRange) {
        if bytes.contains(&0) {
            let shown = String::from_utf8_lossy(bytes).replace('\0', "\u{2400}");
            self.error(
                range,
                format!("input string '{shown}' cannot be represented as Nix string because it contains null bytes"),
            );
        }
    }

    /// Lowers a string node into its parts (literal bytes and interpolations).
    fn string_parts(&mut self, n: &GNode<'t>) -> Vec<Part<'a>> {
        let multiline = tokens(n).next().map(|t| t.text().starts_with("''")).unwrap_or(false);
        if !multiline {
            let mut parts: Vec<Part<'a>> = Vec::new();
            for el in n.children_with_tokens() {
                match el {
                    nixlet_parser::rowan::NodeOrToken::Token(t) if t.kind() == TOKEN_STRING_CONTENT => {
                        let v = unescaped_dq(t.text());
                        let r = self.trange(&t);
                        self.check_nul(&v, r);
                        parts.push(Part::Lit(self.arena.alloc_slice_copy(&v)));
                    }
                    nixlet_parser::rowan::NodeOrToken::Node(c) if c.kind() == NODE_INTERPOL => {
                        if let Some(e) = expr_children(&c).next() {
                            let r = self.start(&c);
                            parts.push(Part::Expr(self.expr(&e), r));
                        }
                    }
                    _ => {}
                }
            }
            return parts;
        }
        let mut pieces: Vec<IndPiece<(&'a Expr<'a>, TextRange)>> = Vec::new();
        let mut first = true;
        let mut pending = String::new();
        let mut pending_range: Option<TextRange> = None;
        let flush = |this: &mut Self,
                     pending: &mut String,
                     pieces: &mut Vec<IndPiece<(&'a Expr<'a>, TextRange)>>,
                     first: &mut bool,
                     r: Option<TextRange>| {
            if pending.is_empty() {
                return;
            }
            let mut text: &str = pending.as_str();
            let mut r = r;
            if *first {
                text = ind_first_text(text);
                // Nix's opening token takes the spaces and newline after `''`: the
                // text (and a NUL error about it) starts on the next line
                let cut = TextSize::from(u32::try_from(pending.len() - text.len()).unwrap_or(0));
                r = r.map(|r| TextRange::new((r.start() + cut).min(r.end()), r.end()));
            }
            *first = false;
            let before = pieces.len();
            split_ind_text(text, pieces);
            for p in &pieces[before..] {
                if let IndPiece::Text(s) | IndPiece::Escape(s) = p
                    && s.contains('\0')
                {
                    this.check_nul(s.as_bytes(), r.unwrap_or_default());
                }
            }
            pending.clear();
        };
        for el in n.children_with_tokens() {
            match el {
                nixlet_parser::rowan::NodeOrToken::Token(t) if t.kind() == TOKEN_STRING_CONTENT => {
                    pending.push_str(t.text());
                    if pending_range.is_none() {
                        pending_range = Some(self.trange(&t));
                    }
                }
                nixlet_parser::rowan::NodeOrToken::Node(c) if c.kind() == NODE_INTERPOL => {
                    flush(self, &mut pending, &mut pieces, &mut first, pending_range.take());
                    first = false;
                    if let Some(e) = expr_children(&c).next() {
                        let r = self.start(&c);
                        let e = self.expr(&e);
                        pieces.push(IndPiece::Interp((e, r)));
                    }
                }
                _ => {}
            }
        }
        flush(self, &mut pending, &mut pieces, &mut first, pending_range.take());
        strip_indentation(pieces)
            .into_iter()
            .map(|p| match p {
                Stripped::Lit(v) => Part::Lit(self.arena.alloc_slice_copy(&v)),
                Stripped::Expr((e, r)) => Part::Expr(e, r),
            })
            .collect()
    }

    fn string(&mut self, n: &GNode<'t>) -> &'a Expr<'a> {
        let range = self.range(n);
        let parts = self.string_parts(n);
        self.parts_expr(parts, range)
    }

    fn parts_expr(&mut self, parts: Vec<Part<'a>>, range: TextRange) -> &'a Expr<'a> {
        match parts.as_slice() {
            [] => self.mk(ExprKind::Str(&[]), range),
            [Part::Lit(b)] => self.mk(ExprKind::Str(b), range),
            _ => self.mk(ExprKind::Interp(self.arena.alloc_slice_copy(&parts)), range),
        }
    }

    fn path(&mut self, n: &GNode<'t>) -> &'a Expr<'a> {
        let range = self.range(n);
        let mut parts: Vec<Part<'a>> = Vec::new();
        let mut first = true;
        // a relative literal without interpolation, for `Lowered::rel_paths`
        let mut rel = None;
        for el in n.children_with_tokens() {
            match el {
                nixlet_parser::rowan::NodeOrToken::Token(t)
                    if matches!(t.kind(), TOKEN_PATH_ABS | TOKEN_PATH_REL | TOKEN_PATH_HOME) =>
                {
                    let text = t.text();
                    if first {
                        first = false;
                        let p = match resolve_path_start(t.kind(), text, self.inp.base_dir, self.inp.home) {
                            Some(p) => p,
                            None => {
                                self.error(range, format!("the path '{}' can not be resolved in pure mode", n.text()));
                                String::from("/")
                            }
                        };
                        if t.kind() == TOKEN_PATH_REL && self.rel_paths.len() < MAX_REL_PATHS {
                            rel = Some(p.clone());
                        }
                        parts.push(Part::Lit(self.arena.alloc_slice_copy(p.as_bytes())));
                    } else {
                        parts.push(Part::Lit(self.arena.alloc_slice_copy(text.as_bytes())));
                    }
                }
                nixlet_parser::rowan::NodeOrToken::Node(c) if c.kind() == NODE_INTERPOL => {
                    if let Some(e) = expr_children(&c).next() {
                        let r = self.start(&c);
                        let e = self.expr(&e);
                        parts.push(Part::Expr(e, r));
                    }
                }
                _ => {}
            }
        }
        if let (Some(p), [_]) = (rel, parts.as_slice()) {
            self.rel_paths.push(p);
        }
        match parts.as_slice() {
            [Part::Lit(b)] => self.mk(ExprKind::Path(b), range),
            _ => self.mk(ExprKind::PathInterp(self.arena.alloc_slice_copy(&parts)), range),
        }
    }

    fn binop(&mut self, n: &GNode<'t>, range: TextRange) -> &'a Expr<'a> {
        use nixlet_parser::rnix::ast::BinOpKind as K;
        let op_tok = tokens(n).find(|t| K::from_kind(t.kind()).is_some());
        let kind = op_tok.as_ref().and_then(|t| K::from_kind(t.kind()));
        let r = op_tok.as_ref().map(|t| TextRange::empty(self.trange(t).start())).unwrap_or(range);
        let mut ch = expr_children(n);
        let (l, rr) = (ch.next(), ch.next());
        let operand_pos =
            (l.as_ref().map(|x| self.start(x)).unwrap_or(r), rr.as_ref().map(|x| self.start(x)).unwrap_or(r));
        let lhs = match l {
            Some(x) => self.expr(&x),
            None => self.mk(ExprKind::Var(Var::Global(0)), range),
        };
        let rhs = match rr {
            Some(x) => self.expr(&x),
            None => self.mk(ExprKind::Var(Var::Global(0)), range),
        };
        let Some(kind) = kind else {
            return lhs;
        };
        // user-rebound operator functions (Nix resolves these through scope)
        let call2 = |this: &mut Self, idx: usize, a: &'a Expr<'a>, b: &'a Expr<'a>| {
            let f = this.op_var(idx, r);
            this.mk(ExprKind::Apply(f, this.arena.alloc_slice_copy(&[a, b])), r)
        };
        let op = match kind {
            K::Add => BinOp::Add,
            K::Sub if self.user_bound(self.op_names[IDX_SUB]) => {
                return call2(self, IDX_SUB, lhs, rhs);
            }
            K::Sub => BinOp::Sub,
            K::Mul if self.user_bound(self.op_names[IDX_MUL]) => {
                return call2(self, IDX_MUL, lhs, rhs);
            }
            K::Mul => BinOp::Mul,
            K::Div if self.user_bound(self.op_names[IDX_DIV]) => {
                return call2(self, IDX_DIV, lhs, rhs);
            }
            K::Div => BinOp::Div,
            K::Less | K::LessOrEq | K::More | K::MoreOrEq if self.user_bound(self.op_names[IDX_LT]) => {
                return match kind {
                    K::Less => call2(self, IDX_LT, lhs, rhs),
                    K::More => call2(self, IDX_LT, rhs, lhs),
                    K::LessOrEq => {
                        let c = call2(self, IDX_LT, rhs, lhs);
                        self.mk(ExprKind::Not(c), r)
                    }
                    _ => {
                        let c = call2(self, IDX_LT, lhs, rhs);
                        self.mk(ExprKind::Not(c), r)
                    }
                };
            }
            K::Less => BinOp::Lt,
            K::LessOrEq => BinOp::Le,
            K::More => BinOp::Gt,
            K::MoreOrEq => BinOp::Ge,
            K::Equal => BinOp::Eq,
            K::NotEqual => BinOp::Neq,
            K::And => BinOp::And,
            K::Or => BinOp::Or,
            K::Implication => BinOp::Impl,
            K::Concat => BinOp::Concat,
            K::Update => BinOp::Update,
            K::PipeRight => {
                return self.mk(ExprKind::Apply(rhs, self.arena.alloc_slice_copy(&[lhs])), r);
            }
            K::PipeLeft => {
                return self.mk(ExprKind::Apply(lhs, self.arena.alloc_slice_copy(&[rhs])), r);
            }
        };
        self.mk(ExprKind::Bin(op, lhs, rhs, self.arena.alloc(operand_pos)), r)
    }

    // ---- attribute paths ----

    /// An attribute-path element: static name, or the node of a dynamic one.
    fn path_key(&mut self, a: &GNode<'t>) -> PathKey<'t> {
        match a.kind() {
            NODE_IDENT => PathKey::Static(self.inp.symbols.intern(ident_text(a))),
            NODE_STRING => {
                // static if it has no interpolation
                if a.children().any(|c| c.kind() == NODE_INTERPOL) {
                    PathKey::Dynamic(*a)
                } else {
                    let mut v = Vec::new();
                    for t in tokens(a) {
                        if t.kind() == TOKEN_STRING_CONTENT {
                            unescape_dq(t.text(), &mut v);
                        }
                    }
                    PathKey::Static(self.inp.symbols.intern_bytes(&v))
                }
            }
            NODE_DYNAMIC => {
                // `${"literal"}` counts as static (Nix issue 14642)
                if let Some(inner) = expr_children(a).next() {
                    let inner = unparen(inner);
                    if inner.kind() == NODE_STRING && !inner.children().any(|c| c.kind() == NODE_INTERPOL) {
                        let multiline = tokens(&inner).next().map(|t| t.text().starts_with("''")).unwrap_or(false);
                        if !multiline {
                            let mut v = Vec::new();
                            for t in tokens(&inner) {
                                if t.kind() == TOKEN_STRING_CONTENT {
                                    unescape_dq(t.text(), &mut v);
                                }
                            }
                            return PathKey::Static(self.inp.symbols.intern_bytes(&v));
                        }
                    }
                }
                PathKey::Dynamic(*a)
            }
            _ => PathKey::Static(self.inp.symbols.intern("")),
        }
    }

    /// Lowers the expression of a dynamic attribute-path element.
    fn dyn_key_expr(&mut self, a: &GNode<'t>) -> &'a Expr<'a> {
        match a.kind() {
            NODE_STRING => self.string(a),
            _ => match expr_children(a).next() {
                Some(e) => self.expr(&e),
                None => self.mk(ExprKind::Var(Var::Global(0)), self.range(a)),
            },
        }
    }

    fn select_keys(&mut self, path: &GNode<'t>) -> &'a [Key<'a>] {
        let attrs: Vec<GNode<'t>> = path.children().collect();
        let mut keys = Vec::with_capacity(attrs.len());
        for a in &attrs {
            match self.path_key(a) {
                PathKey::Static(s) => keys.push(Key::Static(s)),
                PathKey::Dynamic(node) => {
                    let e = self.dyn_key_expr(&node);
                    keys.push(Key::Dynamic(e));
                }
            }
        }
        self.arena.alloc_slice_copy(&keys)
    }

    // ---- attribute sets, let ----

    fn show_path(&self, path: &[PathKey<'t>]) -> String {
        path.iter()
            .map(|k| match k {
                PathKey::Static(s) => self.inp.symbols.str(*s).into_owned(),
                PathKey::Dynamic(_) => "\"${...}\"".to_string(),
            })
            .collect::<Vec<_>>()
            .join(".")
    }

    fn dup_attr(&mut self, path: &[PathKey<'t>], at: TextRange, prev: TextRange) {
        let p = self.show_path(path);
        let prev = self.describe(prev);
        self.error(at, format!("attribute '{p}' already defined at {prev}"));
    }

    /// Builds the merged attribute tree of a set / let body (Nix's `addAttr`).
    fn build_tree(&mut self, n: &GNode<'t>, rec: bool) -> Tree<'t> {
        let mut tree = Tree::new(rec);
        if self.rec.is_some() {
            tree.range = self.range(n);
        }
        for entry in n.children() {
            match entry.kind() {
                NODE_ATTRPATH_VALUE => {
                    // one walk over the children
                    let (mut path_node, mut value) = (None, None);
                    for c in entry.children() {
                        if c.kind() == NODE_ATTRPATH {
                            path_node.get_or_insert(c);
                        } else if is_expr_kind(c.kind()) {
                            value.get_or_insert(c);
                        }
                    }
                    let (Some(path_node), Some(value)) = (path_node, value) else {
                        continue;
                    };
                    let mut first_range = None;
                    let path: Vec<PathKey<'t>> = path_node
                        .children()
                        .map(|a| {
                            if first_range.is_none() && self.rec.is_some() {
                                first_range = Some(self.range(&a));
                            }
                            self.path_key(&a)
                        })
                        .collect::<Vec<_>>();
                    let pos = self.start(&path_node);
                    let name_range = first_range.unwrap_or(pos);
                    let val = self.tree_val(value);
                    self.add_attr(&mut tree, &path, pos, name_range, val);
                }
                NODE_INHERIT => {
                    let from = entry.children().find(|c| c.kind() == NODE_INHERIT_FROM);
                    let from_idx = from.map(|f| {
                        let e = expr_children(&f).next().unwrap_or(f);
                        tree.inherit_from.push(e);
                        tree.inherit_from.len() - 1
                    });
                    for a in entry.children().filter(|c| matches!(c.kind(), NODE_IDENT | NODE_STRING | NODE_DYNAMIC)) {
                        let r = self.start(&a);
                        match self.path_key(&a) {
                            PathKey::Static(s) => {
                                if let Some(&i) = tree.index.get(&s) {
                                    let prev = tree.statics[i].1.range;
                                    self.dup_attr(&[PathKey::Static(s)], r, prev);
                                    continue;
                                }
                                let val = match from_idx {
                                    Some(fi) => TreeVal::InheritFrom(fi, s, r),
                                    None => {
                                        // the inherited variable is looked up now, in the enclosing scope
                                        TreeVal::Inherit(s)
                                    }
                                };
                                tree.index.insert(s, tree.statics.len());
                                let name_range = if self.rec.is_some() { self.range(&a) } else { r };
                                tree.statics.push((s, TreeDef { range: r, name_range, val }));
                                if from_idx.is_none() {
                                    // remember the use position for resolution
                                    self.pending_inherit_ranges.push((s, self.range(&a)));
                                }
                            }
                            PathKey::Dynamic(_) => {
                                self.error(self.range(&a), "dynamic attributes not allowed in inherit");
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        tree
    }

    fn tree_val(&mut self, value: GNode<'t>) -> TreeVal<'t> {
        let inner = unparen(value);
        if inner.kind() == NODE_ATTR_SET {
            let rec = tokens(&inner).any(|t| t.kind() == TOKEN_REC);
            TreeVal::Nested(Box::new(self.build_tree(&inner, rec)))
        } else {
            TreeVal::Expr(value)
        }
    }

    /// `name_range` is where the first name of the path is written.
    fn add_attr(
        &mut self,
        tree: &mut Tree<'t>,
        path: &[PathKey<'t>],
        pos: TextRange,
        name_range: TextRange,
        val: TreeVal<'t>,
    ) {
        let Some((last, init)) = path.split_last() else {
            return;
        };
        let mut cur: &mut Tree<'t> = tree;
        for (i, k) in init.iter().enumerate() {
            match k {
                PathKey::Static(s) => {
                    let idx = match cur.index.get(s) {
                        Some(&j) => {
                            if !matches!(cur.statics[j].1.val, TreeVal::Nested(_)) {
                                let prev = cur.statics[j].1.range;
                                self.dup_attr(&path[..=i], pos, prev);
                                return;
                            }
                            j
                        }
                        None => {
                            cur.index.insert(*s, cur.statics.len());
                            cur.statics.push((
                                *s,
                                TreeDef {
                                    range: pos,
                                    name_range: if i == 0 { name_range } else { pos },
                                    val: TreeVal::Nested(Box::new(Tree::new(false))),
                                },
                            ));
                            cur.statics.len() - 1
                        }
                    };
                    match &mut cur.statics[idx].1.val {
                        TreeVal::Nested(t) => cur = t,
                        _ => return,
                    }
                }
                PathKey::Dynamic(node) => {
                    cur.dynamics.push(DynDef {
                        key: *node,
                        val: TreeVal::Nested(Box::new(Tree::new(false))),
                        range: pos,
                    });
                    match cur.dynamics.last_mut().map(|d| &mut d.val) {
                        Some(TreeVal::Nested(t)) => cur = t,
                        _ => return,
                    }
                }
            }
        }
        match last {
            PathKey::Static(s) => {
                let mut full: Vec<PathKey<'t>> = path.to_vec();
                let name_range = if init.is_empty() { name_range } else { pos };
                self.add_static(cur, &mut full, *s, TreeDef { range: pos, name_range, val });
            }
            PathKey::Dynamic(node) => cur.dynamics.push(DynDef { key: *node, val, range: pos }),
        }
    }

    /// `attrPath` already ends with `name`.
    fn add_static(&mut self, tree: &mut Tree<'t>, attr_path: &mut Vec<PathKey<'t>>, name: Sym, def: TreeDef<'t>) {
        if let Some(&j) = tree.index.get(&name) {
            let both_nested =
                matches!(def.val, TreeVal::Nested(_)) && matches!(tree.statics[j].1.val, TreeVal::Nested(_));
            if !both_nested {
                let prev = tree.statics[j].1.range;
                self.dup_attr(attr_path, def.range, prev);
                return;
            }
            let TreeVal::Nested(new_tree) = def.val else {
                return;
            };
            let new_tree = *new_tree;
            let TreeVal::Nested(existing) = &mut tree.statics[j].1.val else {
                return;
            };
            let shift = existing.inherit_from.len();
            for (n2, mut d2) in new_tree.statics {
                if let TreeVal::InheritFrom(i, s, r) = d2.val {
                    d2.val = TreeVal::InheritFrom(i + shift, s, r);
                }
                attr_path.push(PathKey::Static(n2));
                self.add_static(existing, attr_path, n2, d2);
                attr_path.pop();
            }
            existing.dynamics.extend(new_tree.dynamics);
            existing.inherit_from.extend(new_tree.inherit_from);
        } else {
            tree.index.insert(name, tree.statics.len());
            tree.statics.push((name, def));
        }
    }

    /// Lowers a merged tree to an attribute-set literal in the current scope.
    fn lower_tree(&mut self, tree: Tree<'t>) -> &'a Attrs<'a> {
        let Tree { rec, range, statics, dynamics, inherit_from, .. } = tree;
        let mut bindings: Vec<Binding<'a>> = Vec::new();
        let mut out_statics: Vec<StaticAttr<'a>> = Vec::with_capacity(statics.len());
        let mut out_dyn: Vec<DynAttr<'a>> = Vec::with_capacity(dynamics.len());
        let mut rec_slots: Option<Vec<u32>> = None;
        if rec {
            // slots for every static attribute, visible in the recursive scope
            let mut names = FxHashMap::default();
            let mut slots = Vec::with_capacity(statics.len());
            for (name, def) in &statics {
                let slot = self.alloc_slot();
                names.insert(*name, (slot, def.range));
                slots.push(slot);
            }
            let outer_scope_len = self.scopes.len();
            let scope = self.record_scope(ScopeKind::Rec, range, range);
            self.record_tree_defs(scope, &statics, false);
            self.scopes.push(Scope::Names { fn_level: self.fn_level(), names });
            // `__overrides` replaces the slots' values afterwards: no name of such a
            // set means its definition
            let overrides = self.inp.symbols.intern("__overrides");
            if !statics.iter().any(|(n, _)| *n == overrides) {
                self.register_candidates(&statics);
            }
            let from_slots = self.inherit_sources(&inherit_from, &mut bindings);
            for ((name, def), &slot) in statics.into_iter().zip(&slots) {
                let value = self.binding_value(def.range, def.val, name, &from_slots, outer_scope_len);
                bindings.push(Binding { slot, value });
                let read = self.mk(ExprKind::Var(Var::Local { depth: 0, slot }), def.range);
                out_statics.push(StaticAttr { name, range: def.range, value: read });
            }
            for d in dynamics {
                let name = self.dyn_key_expr(&d.key);
                let value = self.def_value(d.val, None, &from_slots, outer_scope_len);
                out_dyn.push(DynAttr { name, value, range: d.range });
            }
            self.scopes.pop();
            if out_statics.iter().any(|s| s.name == overrides) {
                rec_slots = Some(slots);
            }
        } else {
            let from_slots = self.inherit_sources(&inherit_from, &mut bindings);
            let here = self.scopes.len();
            for (name, def) in statics {
                let range = def.range;
                let value = self.def_value(def.val, Some(name), &from_slots, here);
                out_statics.push(StaticAttr { name, range, value });
            }
            for d in dynamics {
                let name = self.dyn_key_expr(&d.key);
                let value = self.def_value(d.val, None, &from_slots, here);
                out_dyn.push(DynAttr { name, value, range: d.range });
            }
        }
        self.arena.alloc(Attrs {
            bindings: self.arena.alloc_slice_copy(&bindings),
            statics: self.arena.alloc_slice_copy(&out_statics),
            dynamics: self.arena.alloc_slice_copy(&out_dyn),
            rec_slots: rec_slots.map(|s| &*self.arena.alloc_slice_copy(&s)),
        })
    }

    /// Evaluates `inherit (e)` sources into fresh slots (in the current scope).
    fn inherit_sources(&mut self, from: &[GNode<'t>], bindings: &mut Vec<Binding<'a>>) -> Vec<u32> {
        let mut slots = Vec::with_capacity(from.len());
        for e in from {
            let value = self.expr(e);
            let slot = self.alloc_slot();
            bindings.push(Binding { slot, value });
            slots.push(slot);
        }
        slots
    }

    /// Lowers a definition's value. `outer_len` is the scope depth of the enclosing
    /// scope (where plain `inherit x;` looks `x` up).
    fn def_value(&mut self, val: TreeVal<'t>, name: Option<Sym>, from_slots: &[u32], outer_len: usize) -> &'a Expr<'a> {
        match val {
            TreeVal::Expr(node) => {
                let inner = unparen(node);
                if inner.kind() == NODE_LAMBDA { self.lambda(&inner, name) } else { self.expr(&node) }
            }
            TreeVal::Nested(t) => {
                let a = self.lower_tree(*t);
                self.mk(ExprKind::Attrs(a), TextRange::default())
            }
            TreeVal::Inherit(s) => {
                let range = self.take_inherit_range(s);
                // look up in the scopes outside the recursive one
                let saved: Vec<Scope<'a>> = self.scopes.drain(outer_len..).collect();
                let e = self.var(s, range);
                self.scopes.extend(saved);
                e
            }
            TreeVal::InheritFrom(i, s, range) => {
                // a selection at the inherited name, as in Nix
                let slot = from_slots.get(i).copied().unwrap_or(0);
                let src = self.mk(ExprKind::Var(Var::Local { depth: 0, slot }), range);
                let keys = self.arena.alloc_slice_copy(&[Key::Static(s)]);
                self.mk(ExprKind::Select(src, self.arena.alloc(Keys(keys)), None), range)
            }
        }
    }

    /// The value of the `let` or `rec` binding `name` (its scope maps it to
    /// `range`), as [`Lowerer::def_value`] lowers it; an inlining candidate's own
    /// calls are not inlined into it.
    fn binding_value(
        &mut self,
        range: TextRange,
        val: TreeVal<'t>,
        name: Sym,
        from_slots: &[u32],
        outer_len: usize,
    ) -> &'a Expr<'a> {
        let own = self.cands.contains_key(&range);
        if own {
            self.inline_stack.push(range);
        }
        let value = self.def_value(val, Some(name), from_slots, outer_len);
        if own {
            self.inline_stack.pop();
        }
        value
    }

    fn take_inherit_range(&mut self, s: Sym) -> TextRange {
        match self.pending_inherit_ranges.iter().position(|(n, _)| *n == s) {
            Some(i) => self.pending_inherit_ranges.remove(i).1,
            None => TextRange::default(),
        }
    }

    fn let_in(&mut self, n: &GNode<'t>, range: TextRange) -> &'a Expr<'a> {
        let tree = self.build_tree(n, true);
        if !tree.dynamics.is_empty() {
            self.error(TextRange::empty(range.start()), "dynamic attributes not allowed in let");
        }
        let Tree { statics, inherit_from, .. } = tree;
        let mut names = FxHashMap::default();
        let mut slots = Vec::with_capacity(statics.len());
        for (name, def) in &statics {
            let slot = self.alloc_slot();
            names.insert(*name, (slot, def.range));
            slots.push(slot);
        }
        let outer_len = self.scopes.len();
        let scope = self.record_scope(ScopeKind::Let, range, range);
        self.record_tree_defs(scope, &statics, true);
        self.scopes.push(Scope::Names { fn_level: self.fn_level(), names });
        self.register_candidates(&statics);
        let mut bindings: Vec<Binding<'a>> = Vec::new();
        let from_slots = self.inherit_sources(&inherit_from, &mut bindings);
        for ((name, def), slot) in statics.into_iter().zip(slots) {
            let value = self.binding_value(def.range, def.val, name, &from_slots, outer_len);
            bindings.push(Binding { slot, value });
        }
        let body = n.children().filter(|c| is_expr_kind(c.kind())).last();
        let body = match body {
            Some(b) => self.expr(&b),
            None => self.mk(ExprKind::Var(Var::Global(0)), range),
        };
        self.scopes.pop();
        self.mk(ExprKind::Let(self.arena.alloc_slice_copy(&bindings), body), TextRange::empty(range.start()))
    }

    // ---- inlining ----

    /// Registers the functions of a `let` or `rec` set (whose scope maps each
    /// name to `def.range`) that may be inlined.
    fn register_candidates(&mut self, statics: &[(Sym, TreeDef<'t>)]) {
        if !self.inp.inline || self.rec.is_some() {
            return;
        }
        for (name, def) in statics {
            if let TreeVal::Expr(node) = def.val
                && let Some(c) = self.inline_candidate(node, *name)
            {
                self.cands.insert(def.range, c);
            }
        }
    }

    /// The [`InlineCand`] for `f = node` if `node` is a function that may be
    /// inlined: a chain of plain parameters (`a: b: …`, at most
    /// [`INLINE_MAX_PARAMS`]) around a body of at most [`INLINE_MAX_NODES`] syntax
    /// nodes that binds no names (no function, `let`, `with` or `rec` set) and has no
    /// path (a search path is a call of `__findFile`, a relative one is collected
    /// for reading ahead).
    fn inline_candidate(&mut self, node: GNode<'t>, name: Sym) -> Option<InlineCand<'t>> {
        let mut lam = unparen(node);
        if lam.kind() != NODE_LAMBDA {
            return None;
        }
        let mut params = Vec::new();
        let body = loop {
            let (Some(p), Some(b)) = lambda_parts(&lam) else { return None };
            if p.kind() != NODE_IDENT_PARAM {
                return None;
            }
            let id = p.children().find(|c| c.kind() == NODE_IDENT)?;
            params.push((self.inp.symbols.intern(ident_text(&id)), self.range(&id)));
            let inner = unparen(b);
            if inner.kind() == NODE_LAMBDA && params.len() < INLINE_MAX_PARAMS {
                lam = inner;
                continue;
            }
            break b;
        };
        let mut free = Vec::new();
        let mut size = 0;
        if !self.inline_walk(body, NODE_PAREN, &mut free, &mut size) {
            return None;
        }
        free.sort_unstable();
        free.dedup();
        free.retain(|s| !params.iter().any(|(p, _)| p == s));
        // a recursive function stays a call (inlined once, its recursion would
        // count one call fewer towards the call depth)
        if free.contains(&name) {
            return None;
        }
        Some(InlineCand { name, params, body, lambda: TextRange::empty(self.range(&lam).start()), free, size })
    }

    /// Walks an inlining candidate's body (`parent` is the kind of `n`'s parent):
    /// collects the names it reads into `free` and counts its nodes into `size`;
    /// false if it may not be inlined (see [`Lowerer::inline_candidate`]).
    fn inline_walk(&mut self, n: GNode<'t>, parent: SyntaxKind, free: &mut Vec<Sym>, size: &mut u32) -> bool {
        *size += 1;
        if *size > INLINE_MAX_NODES {
            return false;
        }
        match n.kind() {
            NODE_LAMBDA | NODE_LET_IN | NODE_LEGACY_LET | NODE_WITH | NODE_ERROR | NODE_PATH_SEARCH | NODE_PATH_ABS
            | NODE_PATH_REL | NODE_PATH_HOME => return false,
            NODE_ATTR_SET if tokens(&n).any(|t| t.kind() == TOKEN_REC) => return false,
            NODE_IDENT => {
                // a variable, unless it names an attribute (`a.b`, `{ b = …; }`,
                // `inherit (a) b;`)
                if parent != NODE_ATTRPATH && parent != NODE_INHERIT_FROM {
                    free.push(self.inp.symbols.intern(ident_text(&n)));
                }
                return true;
            }
            NODE_INHERIT => {
                let from = n.children().any(|c| c.kind() == NODE_INHERIT_FROM);
                for c in n.children() {
                    match c.kind() {
                        // `inherit (e) a;`: `a` is an attribute of `e` (the marker
                        // kind passed down says so); `inherit a;` reads `a`
                        NODE_IDENT => {
                            let k = if from { NODE_INHERIT_FROM } else { NODE_INHERIT };
                            if !self.inline_walk(c, k, free, size) {
                                return false;
                            }
                        }
                        NODE_INHERIT_FROM => {
                            if !self.inline_walk(c, NODE_INHERIT, free, size) {
                                return false;
                            }
                        }
                        _ => return false,
                    }
                }
                return true;
            }
            _ => {}
        }
        let kind = n.kind();
        n.children().all(|c| self.inline_walk(c, kind, free, size))
    }

    /// `f a1 … an …` where `f` is a `let`- or `rec`-bound [`InlineCand`] taking `n`
    /// parameters: the body of `f` lowered here, its parameters bound to the
    /// arguments in fresh slots of the current function's environment (an
    /// [`ExprKind::Inline`]), applied to the arguments beyond `n`. Only when every
    /// name the body reads is the same binding here as where `f` is defined (no
    /// scope in between binds it, and it is not looked up in a `with`), as are the
    /// operator functions (`__sub`, …), when `f` is not being inlined or defined
    /// already, and within the nesting and size bounds. Never while recording for
    /// tooling (the body's references would be recorded twice).
    fn inline_call(&mut self, head: GNode<'t>, args: &[GNode<'t>], range: TextRange) -> Option<&'a Expr<'a>> {
        if !self.inp.inline || self.rec.is_some() || self.inline_stack.len() >= INLINE_MAX_DEPTH {
            return None;
        }
        let head = unparen(head);
        if head.kind() != NODE_IDENT {
            return None;
        }
        let name = self.inp.symbols.intern(ident_text(&head));
        let k = self.scopes.iter().rposition(|s| s.binds(name))?;
        let Some(Scope::Names { names, .. }) = self.scopes.get(k) else { return None };
        let def = names.get(&name)?.1;
        let cand = self.cands.get(&def)?;
        let n = cand.params.len();
        // all its parameters given, and not being inlined or defined already
        if cand.name != name || args.len() < n || self.inline_stack.contains(&def) {
            return None;
        }
        // nor a function reading one being inlined or defined (mutual recursion
        // would be unrolled)
        let active = |s: &Sym| self.inline_stack.iter().any(|r| self.cands.get(r).is_some_and(|c| c.name == *s));
        if cand.free.iter().any(active) {
            return None;
        }
        let budget = self.inline_budget.unwrap_or(INLINE_BUDGET);
        if cand.size > budget {
            return None;
        }
        let bound_between = |s: Sym| self.scopes[k + 1..].iter().any(|sc| sc.binds(s));
        let bound_at_def = |s: Sym| self.scopes[..=k].iter().any(|sc| sc.binds(s));
        // each name the body reads: no scope between the definition and here
        // binds it, and it is a lexical binding or a global (not a `with` lookup)
        for &s in cand.free.iter() {
            if bound_between(s) || !(bound_at_def(s) || self.inp.globals.contains_key(&s)) {
                return None;
            }
        }
        if self.op_names.iter().any(|&s| bound_between(s)) {
            return None;
        }
        let cand = cand.clone();
        // the arguments, in the call's scope
        let lowered: Vec<&'a Expr<'a>> = args.iter().map(|a| self.expr(a)).collect();
        let cur = self.fn_level();
        let fresh = cand.params.iter().zip(&lowered).filter(|(_, v)| needs_slot(v, cur)).count() as u32;
        let taken = self.fns.last().map_or(0, |f| f.inlined);
        if taken + fresh > INLINE_MAX_SLOTS {
            // a call after all, of the arguments just lowered
            let f = self.expr(&head);
            return Some(
                self.mk(ExprKind::Apply(f, self.arena.alloc_slice_copy(&lowered)), TextRange::empty(range.start())),
            );
        }
        if let Some(f) = self.fns.last_mut() {
            f.inlined += fresh;
        }
        // a parameter names the argument's slot when the argument is a variable
        // of a function environment (the body reads it there, as if written in
        // place of the parameter), is replaced by the argument when that is a
        // constant or a global, and else names a fresh slot of this function's
        // environment holding the argument
        let mut bindings = Vec::with_capacity(n);
        let (scopes, substs) = (self.scopes.len(), self.substs);
        for (&(p, prange), &value) in cand.params.iter().zip(&lowered) {
            let (fn_level, slot) = match value.kind {
                ExprKind::Var(Var::Local { depth, slot }) if depth as usize <= cur => (cur - depth as usize, slot),
                _ if !needs_slot(value, cur) => {
                    self.scopes.push(Scope::Subst { name: p, value });
                    self.substs += 1;
                    continue;
                }
                _ => {
                    let slot = self.alloc_slot();
                    bindings.push(Binding { slot, value });
                    (cur, slot)
                }
            };
            let mut names = FxHashMap::default();
            names.insert(p, (slot, prange));
            self.scopes.push(Scope::Names { fn_level, names });
        }
        // the body as where it is defined; its diagnostics were reported there
        let diags = self.diags.len();
        let saved_budget = self.inline_budget;
        self.inline_budget = Some(budget - cand.size);
        self.inline_stack.push(def);
        let body = self.expr(&cand.body);
        self.inline_stack.pop();
        self.scopes.truncate(scopes);
        self.substs = substs;
        self.inline_budget = saved_budget;
        self.diags.truncate(diags);
        let inlined = self.arena.alloc(Inlined {
            bindings: self.arena.alloc_slice_copy(&bindings),
            body,
            name,
            lambda: cand.lambda,
        });
        let at = TextRange::empty(range.start());
        let e = self.mk(ExprKind::Inline(inlined), at);
        Some(match lowered.get(n..) {
            Some(rest) if !rest.is_empty() => self.mk(ExprKind::Apply(e, self.arena.alloc_slice_copy(rest)), at),
            _ => e,
        })
    }

    // ---- functions ----

    fn lambda(&mut self, n: &GNode<'t>, name: Option<Sym>) -> &'a Expr<'a> {
        self.lambda_in(n, name, 0)
    }

    /// Lowers a lambda, the `chain`th of a curried chain sharing one environment
    /// (0: it has an environment of its own). A chained lambda is the whole body
    /// of another (`a: b: …`), and both take a plain name: it shares that lambda's
    /// environment, its argument in a slot of its own after the enclosing lambda's
    /// (see `Lambda::chained`). Chains are cut every [`MAX_CHAIN`] lambdas: the
    /// closure a partial application leaves copies the environment per call, so
    /// what it copies beyond its own slots stays small.
    fn lambda_in(&mut self, n: &GNode<'t>, name: Option<Sym>, chain: u32) -> &'a Expr<'a> {
        let chained = chain > 0;
        let range = self.range(n);
        let (param_node, body_node) = lambda_parts(n);
        let param_slot = if chained {
            self.alloc_slot()
        } else {
            self.fns.push(FnEnv { slots: 1, inlined: 0 }); // slot 0 holds the argument
            0
        };
        let level = self.fn_level();
        let scope = self.record_scope(ScopeKind::Lambda, range, range);
        let mut names: FxHashMap<Sym, (u32, TextRange)> = FxHashMap::default();
        let mut formal_nodes: Vec<(Sym, u32, Option<GNode<'t>>, TextRange)> = Vec::new();
        let mut ellipsis = false;
        let mut bind = None;
        let param_kind = match &param_node {
            Some(p) if p.kind() == NODE_IDENT_PARAM => {
                let id = p.children().find(|c| c.kind() == NODE_IDENT);
                let s = self.inp.symbols.intern(id.as_ref().map(ident_text).unwrap_or_default());
                let r = id.as_ref().map(|i| self.range(i)).unwrap_or(range);
                names.insert(s, (param_slot, r));
                self.record_def(scope, s, r, r, DefKind::Param);
                Some(s)
            }
            Some(p) => {
                ellipsis = tokens(p).any(|t| t.kind() == TOKEN_ELLIPSIS);
                let mut seen: FxHashMap<Sym, TextRange> = FxHashMap::default();
                let mut dups: Vec<(TextRange, Sym, TextRange)> = Vec::new();
                for e in p.children().filter(|c| c.kind() == NODE_PAT_ENTRY) {
                    // children: the name (an ident node), then the default expression,
                    // if any; one walk finds both
                    let (mut id, mut default, mut exprs) = (None, None, 0);
                    for c in e.children() {
                        if id.is_none() && c.kind() == NODE_IDENT {
                            id = Some(c);
                        }
                        if is_expr_kind(c.kind()) {
                            exprs += 1;
                            if exprs == 2 {
                                default = Some(c);
                            }
                        }
                    }
                    let s = self.inp.symbols.intern(id.as_ref().map(ident_text).unwrap_or_default());
                    let r = id.as_ref().map(|i| self.range(i)).unwrap_or(range);
                    if let Some(&first) = seen.get(&s) {
                        dups.push((first, s, r));
                        continue;
                    }
                    seen.insert(s, r);
                    let slot = self.alloc_slot();
                    names.insert(s, (slot, r));
                    self.record_def(scope, s, r, r, DefKind::Formal);
                    formal_nodes.push((s, slot, default, r));
                }
                if let Some((_, s, r)) = dups.into_iter().min_by_key(|(first, _, _)| first.start()) {
                    let n2 = self.inp.symbols.str(s).into_owned();
                    self.error(TextRange::empty(r.start()), format!("duplicate formal function argument '{n2}'"));
                }
                if let Some(b) = p.children().find(|c| c.kind() == NODE_PAT_BIND) {
                    let id = b.children().find(|c| c.kind() == NODE_IDENT);
                    let s = self.inp.symbols.intern(id.as_ref().map(ident_text).unwrap_or_default());
                    if let std::collections::hash_map::Entry::Vacant(e) = names.entry(s) {
                        let r = id.as_ref().map(|i| self.range(i)).unwrap_or(range);
                        e.insert((0, r));
                        self.record_def(scope, s, r, r, DefKind::PatternName);
                    } else {
                        let n2 = self.inp.symbols.str(s).into_owned();
                        self.error(
                            TextRange::empty(range.start()),
                            format!("duplicate formal function argument '{n2}'"),
                        );
                    }
                    bind = Some(s);
                }
                None
            }
            None => None,
        };
        self.scopes.push(Scope::Names { fn_level: level, names });
        let mut formals: Vec<Formal<'a>> = Vec::with_capacity(formal_nodes.len());
        for (s, slot, default, r) in formal_nodes {
            let default = default.map(|d| self.expr(&d));
            formals.push(Formal { name: s, slot, default, range: r });
        }
        let inner = body_node.map(unparen).filter(|b| b.kind() == NODE_LAMBDA);
        let body = match (inner, body_node) {
            // `a: b: …`: the inner lambda shares this one's environment (a call
            // with both arguments allocates one); a curried function's inner
            // lambdas carry its name too (Nix's setName)
            (Some(b), _)
                if chain + 1 < MAX_CHAIN
                    && param_kind.is_some()
                    && b.children().any(|c| c.kind() == NODE_IDENT_PARAM) =>
            {
                self.lambda_in(&b, name, chain + 1)
            }
            (Some(b), _) if name.is_some() => self.lambda(&b, name),
            (_, Some(b)) => self.expr(&b),
            (_, None) => self.mk(ExprKind::Var(Var::Global(0)), range),
        };
        self.scopes.pop();
        // a chained lambda's slots are counted in the enclosing lambda's
        let nslots = if chained { 0 } else { self.fns.pop().map_or(1, |f| f.slots) };
        let param = match param_kind {
            Some(s) => Param::Ident(s),
            None => Param::Pattern { formals: self.arena.alloc_slice_copy(&formals), ellipsis, bind },
        };
        let lam = self.arena.alloc(Lambda {
            param,
            body,
            nslots,
            param_slot,
            chained,
            name,
            range: TextRange::empty(range.start()),
        });
        self.mk(ExprKind::Lambda(lam), TextRange::empty(range.start()))
    }
}

/// Whether an inlined call's argument needs a slot of its own (see
/// `Lowerer::inline_call`): not a variable of a function environment (`cur`
/// environments deep at most), a constant or a global.
fn needs_slot(value: &Expr<'_>, cur: usize) -> bool {
    match value.kind {
        ExprKind::Var(Var::Local { depth, .. }) => depth as usize > cur,
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Var(Var::Global(_)) => false,
        _ => true,
    }
}

/// The most lambdas of a curried chain that share one environment (see
/// `Lowerer::lambda_in`).
const MAX_CHAIN: u32 = 8;

/// 1-based line and byte column of `offset` in `text` (as positions count them).
pub fn line_col(text: &str, offset: u32) -> (u32, u32) {
    nixlet_parser::source::line_col(text, offset)
}

#[cfg(test)]
mod tests {
    use super::{canon_path, canon_path_general, canon_path_owned, unescape_dq, unescaped_dq};

    /// The lexer's rules one byte at a time: the reference for the run-copying code.
    fn unescape_bytewise(s: &str) -> Vec<u8> {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            i += 1;
            match c {
                b'\\' if i < b.len() => {
                    out.push(match b[i] {
                        b'n' => b'\n',
                        b'r' => b'\r',
                        b't' => b'\t',
                        e => e,
                    });
                    i += 1;
                }
                b'\\' => {}
                b'\r' => {
                    out.push(b'\n');
                    if b.get(i) == Some(&b'\n') {
                        i += 1;
                    }
                }
                _ => out.push(c),
            }
        }
        out
    }

    #[test]
    fn double_quoted_escapes_are_undone_in_runs() {
        // every string of up to 5 pieces from these
        let pieces = ["a", "\\", "n", "r", "\r", "\n", "é", "t", "$"];
        let mut todo = vec![String::new()];
        let mut seen = 0;
        while let Some(s) = todo.pop() {
            let mut run = Vec::new();
            unescape_dq(&s, &mut run);
            assert_eq!(run, unescape_bytewise(&s), "{s:?}");
            assert_eq!(&*unescaped_dq(&s), &run[..], "{s:?}");
            seen += 1;
            if s.len() < 5 {
                todo.extend(pieces.iter().map(|p| format!("{s}{p}")));
            }
        }
        assert!(seen > 4000);
        assert_eq!(unescaped_dq("a\\tb\r\nc\\"), &b"a\tb\nc"[..]);
        assert!(matches!(unescaped_dq("plain ${text}"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn canonical_paths_are_kept_and_others_normalised() {
        assert_eq!(canon_path("/"), "/");
        assert_eq!(canon_path("/a/b.nix"), "/a/b.nix");
        assert_eq!(canon_path("/a//b/./c/../d/"), "/a/b/d");
        assert_eq!(canon_path("/.."), "/");
        assert_eq!(canon_path("/a/.b/..c"), "/a/.b/..c");
        assert_eq!(canon_path("a/b"), "/a/b");
        assert_eq!(canon_path(""), "/");
    }

    #[test]
    fn the_fast_path_agrees_with_splitting() {
        // every string of up to 6 pieces from these, so that each kind of segment
        // appears first, last and next to every other
        let pieces = ["/", "a", ".", "..", "...", ".a", "é"];
        let mut todo = vec![(String::new(), 0)];
        let mut checked = 0;
        while let Some((p, n)) = todo.pop() {
            assert_eq!(canon_path(&p), canon_path_general(&p), "{p:?}");
            assert_eq!(canon_path_owned(p.clone()), canon_path_general(&p), "{p:?}");
            checked += 1;
            if n < 6 {
                todo.extend(pieces.iter().map(|s| (format!("{p}{s}"), n + 1)));
            }
        }
        assert_eq!(checked, (0..=6).map(|k| 7usize.pow(k)).sum::<usize>());
    }
}
