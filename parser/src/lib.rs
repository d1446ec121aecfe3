//! `nixlet-parser`: Nix source text to a lossless syntax tree, plus every check that
//! C++ Nix performs while parsing and `rnix` does not.
//!
//! Parsing never fails and never panics: [`parse`] always returns a tree (from `rnix`,
//! lossless) and a list of [`Diagnostic`]s side by side. The checks that need name
//! resolution (undefined variables, duplicate attributes, ...) live in the evaluator's
//! lowering pass, which reports through the same [`Diagnostic`] type.
//!
//! Invariants:
//! - no I/O, no global state; builds for `wasm32-unknown-unknown`;
//! - no panic on any input, including deeply nested input (see [`MAX_NESTING`]);
//! - every diagnostic carries a span in the file that was parsed.

mod checks;
pub mod diagnostic;
mod fixups;
pub mod green;
pub mod source;

pub use diagnostic::{Diagnostic, Severity, render_codespan, render_nix};
pub use green::{GElement, GNode, GToken};
pub use rnix;
pub use rnix::{SyntaxKind, SyntaxNode, SyntaxToken};
pub use rowan;
pub use source::{FileId, Origin, SourceDb, SourceFile, Span, TextRange, TextSize};

/// Deepest bracket/operator nesting accepted. C++ Nix's Bison parser gives up at a
/// similar depth ("memory exhausted"); we reject earlier than the native stack would.
///
/// On wasm the stack cannot grow, and the engine's own limit bites first: measured
/// with the release build under node 20 (V8's ~1 MB stack, as in Chrome), nested
/// sets, `rec` sets, parentheses and string interpolations trapped ("Maximum call
/// stack size exceeded") from about 380 levels, so wasm accepts 250.
pub const MAX_NESTING: usize = if cfg!(target_family = "wasm") { 250 } else { 10_000 };

/// How strict a lint is (`--lint-url-literals` and friends).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum LintLevel {
    /// Not reported.
    #[default]
    Ignore,
    /// Reported as a warning.
    Warn,
    /// Reported as an error.
    Fatal,
}

/// Options that change what the parser accepts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParseOptions {
    /// `pipe-operators` experimental feature: accept `|>` and `<|`.
    pub pipe_operators: bool,
    /// `--lint-url-literals`.
    pub lint_url_literals: LintLevel,
    /// `--lint-short-path-literals` (relative paths without `./`).
    pub lint_short_path_literals: LintLevel,
    /// `--lint-absolute-path-literals`.
    pub lint_absolute_path_literals: LintLevel,
}

/// The result of parsing one file.
#[derive(Clone)]
pub struct Parse {
    /// Root of the lossless syntax tree.
    pub root: SyntaxNode,
    /// Errors and warnings, in source order. Errors mean the tree must not be evaluated.
    pub diagnostics: Vec<Diagnostic>,
    /// The file parsed.
    pub file: FileId,
    map: fixups::OffsetMap,
    /// The tree may be too deep for a recursive drop (see `Drop`).
    deep: bool,
}

/// Syntax errors worded per file (rnix's, in the order it found them).
const MAX_SYNTAX_ERRORS: usize = 32;

/// Source length above which a tree might be deep enough (`1 + 1 + …`, `f x x …`:
/// one level per two bytes) for rowan's recursive drop to overflow the stack.
const DEEP_TREE_BYTES: usize = 32 * 1024;

impl Drop for Parse {
    fn drop(&mut self) {
        if !self.deep {
            return;
        }
        // Dismantle the green tree parents-first while holding every node at a
        // depth that is a multiple of `HOLD_EVERY`: freeing a node then recurses at
        // most that deep, down to nodes still held, which only lose a count. The
        // walk borrows the tree; only the held nodes are counted and listed (one
        // in every few thousand for a big generated file, which holding every
        // node made pay two atomic operations and 8 bytes a node).
        const HOLD_EVERY: u32 = 64;
        let mut held: Vec<rowan::GreenNode> = Vec::new();
        {
            let green = self.root.green();
            let mut todo: Vec<(&rowan::GreenNodeData, u32)> = vec![(green, 0)];
            while let Some((n, depth)) = todo.pop() {
                if depth % HOLD_EVERY == 0 {
                    held.push(n.to_owned());
                }
                for c in n.children() {
                    if let rowan::NodeOrToken::Node(c) = c {
                        todo.push((c, depth + 1));
                    }
                }
            }
        }
        self.root = rnix::Root::parse("").syntax();
        // in walk order: a held node goes before the held nodes below it
        for n in held {
            drop(n);
        }
    }
}

impl Parse {
    /// True if any diagnostic is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }

    /// Maps a range of the tree back to the original text (the tree may contain
    /// parentheses nixlet inserted; see `fixups`).
    pub fn original_range(&self, range: TextRange) -> TextRange {
        self.map.map_range(range)
    }

    /// A span in the original text for a range of the tree.
    pub fn span(&self, range: TextRange) -> Span {
        Span::new(self.file, self.original_range(range))
    }
}

/// A parse made before its file was registered, possibly on another thread (a
/// host reading and parsing files ahead of the evaluation): the syntax tree
/// without its red (thread-bound) root, and the options it was made with. Only
/// sources without any diagnostic are kept this way, so no span needs a file.
#[derive(Debug)]
pub struct Detached {
    green: rowan::GreenNode,
    map: fixups::OffsetMap,
    deep: bool,
    options: ParseOptions,
}

impl Detached {
    /// The relative path literals without interpolation (`./lib.nix`), as
    /// written, in source order: what the file is likely to import.
    pub fn rel_path_literals(&self) -> Vec<String> {
        let root = SyntaxNode::new_root(self.green.clone());
        root.descendants()
            .filter(|n| n.kind() == SyntaxKind::NODE_PATH_REL)
            .filter_map(|n| {
                let mut parts = n.children_with_tokens();
                match (parts.next(), parts.next()) {
                    (Some(rowan::NodeOrToken::Token(t)), None) if t.kind() == SyntaxKind::TOKEN_PATH_REL => {
                        Some(t.text().to_string())
                    }
                    _ => None,
                }
            })
            .collect()
    }

    /// The parse, as `file`, when it was made with `options` (else `None`: the
    /// caller parses the text itself).
    pub fn attach(self, file: FileId, options: &ParseOptions) -> Option<Parse> {
        (self.options == *options).then(|| Parse {
            root: SyntaxNode::new_root(self.green),
            diagnostics: Vec::new(),
            file,
            map: self.map,
            deep: self.deep,
        })
    }
}

// A detached parse crosses threads: the green tree is reference counted atomically.
const _: () = {
    const fn sendable<T: Send>() {}
    sendable::<Detached>();
};

/// Parses `text` into a [`Detached`] parse, or `None` when the source has any
/// diagnostic (it is then parsed again where its file is known, to word them).
pub fn parse_detached(text: &str, options: &ParseOptions, cache: &mut ParseCache) -> Option<Detached> {
    let mut parse = parse_cached(FileId(u32::MAX), text, options, cache);
    if !parse.diagnostics.is_empty() {
        return None;
    }
    let map = std::mem::take(&mut parse.map);
    Some(Detached { green: parse.root.green().to_owned(), map, deep: parse.deep, options: options.clone() })
}

/// Checks that `bytes` is UTF-8 (rnix, like nixlet, works on `str`).
///
/// Returns the byte offset of the first invalid sequence on failure.
pub fn decode_source(bytes: &[u8]) -> Result<&str, usize> {
    std::str::from_utf8(bytes).map_err(|e| e.valid_up_to())
}

/// Parses `text` (registered as `file`).
pub fn parse(file: FileId, text: &str, options: &ParseOptions) -> Parse {
    parse_cached(file, text, options, &mut ParseCache::default())
}

/// What parses of many files share: the syntax tree's node cache, so that the
/// tokens and small nodes files have in common are made and hashed once (an
/// evaluation importing 870 small files: 389M → 355M instructions). It keeps
/// those alive, so after [`ParseCache::SOURCE_LIMIT`] bytes of source it starts
/// afresh: what it holds stays bounded.
#[derive(Default)]
pub struct ParseCache {
    nodes: rnix::NodeCache,
    parsed: usize,
}

impl ParseCache {
    /// Bytes of source parsed through one node cache before it is replaced.
    pub const SOURCE_LIMIT: usize = 16 << 20;
    /// A source at least this long is parsed with a node cache of its own, dropped
    /// with the parse: its tree is then freed as soon as the caller drops it (a big
    /// generated file's tokens and small nodes are mostly its own, and a shared
    /// cache would keep them alive to the end of the evaluation).
    pub const OWN_CACHE: usize = 1 << 20;
}

impl std::fmt::Debug for ParseCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ParseCache").field("parsed", &self.parsed).finish_non_exhaustive()
    }
}

/// [`parse`] sharing `cache` with other parses (except a source of
/// [`ParseCache::OWN_CACHE`] bytes or more).
pub fn parse_cached(file: FileId, text: &str, options: &ParseOptions, cache: &mut ParseCache) -> Parse {
    if text.len() >= ParseCache::OWN_CACHE {
        return parse_with(file, text, options, &mut ParseCache::default());
    }
    parse_with(file, text, options, cache)
}

fn parse_with(file: FileId, text: &str, options: &ParseOptions, cache: &mut ParseCache) -> Parse {
    if cache.parsed > ParseCache::SOURCE_LIMIT {
        *cache = ParseCache::default();
    }
    cache.parsed = cache.parsed.saturating_add(text.len());
    // rowan keeps offsets in a `u32`
    if u32::try_from(text.len()).is_err() {
        return error_parse(
            file,
            text,
            Diagnostic::error(
                Span::new(file, TextRange::empty(TextSize::from(0))),
                "source is too large (nixlet parses sources of less than 4 GiB)",
            ),
        );
    }
    let (scan, tokens) = fixups::scan(text);
    if let Some(off) = scan.too_deep {
        return error_parse(
            file,
            text,
            Diagnostic::error(
                Span::new(file, TextRange::empty(TextSize::from(off as u32))),
                "expression is nested too deeply (nixlet rejects nesting deeper than the native stack allows)",
            ),
        );
    }
    let (fixed, map) = fixups::prepare_scanned(text, &tokens, scan.long_chain);
    let source: &str = fixed.as_deref().unwrap_or(text);
    let parse = with_parser_stack(scan.tokens, || {
        // the scanned tokens are the source's unless a repair changed the text
        let p = match &fixed {
            None => rnix::Root::parse_tokens_with_cache(tokens.into_tokens(), &mut cache.nodes),
            Some(_) => rnix::Root::parse_with_cache(source, &mut cache.nodes),
        };
        let root = p.syntax();
        let errors = p.errors().to_vec();
        (root, errors)
    });
    let (root, rnix_errors) = parse;
    let deep = source.len() > DEEP_TREE_BYTES;
    let mut out = Parse { root, diagnostics: Vec::new(), file, map, deep };
    let mut diags = Vec::new();
    // Nix reports the first syntax error; rnix recovers and can report one per token
    // of a long broken input, and wording each one looks its token up from the root
    // (linear in the width of the tree): only the first few are worded
    for err in rnix_errors.iter().take(MAX_SYNTAX_ERRORS) {
        diags.push(checks::convert_rnix_error(&out, err));
    }
    with_big_stack(|| checks::check_tree(&out, source, options, &mut diags));
    diags.sort_by_key(|d| d.span.map(|s| (s.range.start(), s.range.end())));
    // rnix recovers where Nix stops: of its syntax errors at one place (several
    // constructs left open at the end of the file), the first is the one Nix reports
    diags.dedup_by(|b, a| a.span == b.span && (a.message == b.message || (is_syntax_error(a) && is_syntax_error(b))));
    out.diagnostics = diags;
    out
}

fn is_syntax_error(d: &Diagnostic) -> bool {
    d.message.starts_with("syntax error")
}

fn error_parse(file: FileId, _text: &str, diag: Diagnostic) -> Parse {
    let root = rnix::Root::parse("null").syntax();
    Parse { root, diagnostics: vec![diag], file, map: fixups::OffsetMap::identity(), deep: false }
}

/// Runs `f` on a stack large enough for [`MAX_NESTING`] levels of recursion.
#[cfg(not(target_family = "wasm"))]
pub fn with_big_stack<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(4 * 1024 * 1024, 512 * 1024 * 1024, f)
}

/// Runs rnix's recursive descent (for a source of `tokens` tokens) where the stack
/// is large enough: in place when the current stack has room, else on a stack of
/// its own sized for rnix's nesting limit (`MAX_NESTING`,
/// vendor/rnix/NIXLET-PATCH.md). A level of nesting takes at least one token and
/// some twenty frames; the reservation is virtual memory, only used pages are
/// touched. Growing for every file cost a fifth of an import-heavy run.
#[cfg(not(target_family = "wasm"))]
fn with_parser_stack<R>(tokens: usize, f: impl FnOnce() -> R) -> R {
    let need = tokens.saturating_add(64).saturating_mul(PARSER_STACK_PER_TOKEN);
    stacker::maybe_grow(need, PARSER_STACK, f)
}

/// Stack per token in the worst case (a debug build, one level per token).
#[cfg(not(target_family = "wasm"))]
const PARSER_STACK_PER_TOKEN: usize = 16 * 1024;

#[cfg(not(target_family = "wasm"))]
const PARSER_STACK: usize = 1024 * 1024 * 1024;

#[cfg(target_family = "wasm")]
fn with_parser_stack<R>(_tokens: usize, f: impl FnOnce() -> R) -> R {
    f()
}

/// Runs `f` on a stack large enough for [`MAX_NESTING`] levels of recursion.
#[cfg(target_family = "wasm")]
pub fn with_big_stack<R>(f: impl FnOnce() -> R) -> R {
    f()
}

#[cfg(test)]
mod tests;
