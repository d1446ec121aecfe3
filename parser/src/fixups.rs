//! Source-level repairs for the two places where rnix's lexer disagrees with C++ Nix.
//!
//! 1. In Nix a `#` comment ends at a lone carriage return (`\#[^\r\n]*`); rnix runs
//!    to the next `\n`. We hand rnix a copy where that `\r` is a `\n` (same length,
//!    so offsets are unchanged).
//! 2. Nix accepts `!` directly after `+ - * / ++` (`a + !b`, `-!a`): the operand of
//!    `!` extends over every operator that binds tighter than `!`. rnix rejects it.
//!    We insert parentheses around exactly that operand and keep an [`OffsetMap`]
//!    so that every range reported against the tree maps back to the user's text.
//!
//! 3. rowan's node cache rehashes interned nodes recursively, which makes parsing a
//!    long left-nested chain (`f x x x …`, `1+1+1…` without spaces) quadratic. When
//!    the scan sees such a chain, we insert empty comments (`/**/`) after
//!    whitespace and before binary operators: trivia make the chain's nodes too
//!    large to be interned, so nothing is rehashed. Comments change no meaning;
//!    the [`OffsetMap`] maps positions back.
//!
//! Also home of the nesting-depth guard ([`scan`]).

use crate::MAX_NESTING;
use rnix::SyntaxKind::{self, *};
use rowan::{TextRange, TextSize};

/// Maps offsets in the repaired text back to the original text.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    /// Offsets (in the repaired text) of inserted characters, ascending.
    inserted: Vec<u32>,
}

impl OffsetMap {
    /// The identity map.
    pub fn identity() -> Self {
        Self::default()
    }

    fn map(&self, off: TextSize) -> TextSize {
        let o: u32 = off.into();
        let before = self.inserted.partition_point(|&p| p < o) as u32;
        TextSize::from(o - before)
    }

    /// Maps a range in the repaired text to the original text.
    pub fn map_range(&self, r: TextRange) -> TextRange {
        if self.inserted.is_empty() {
            return r;
        }
        let s = self.map(r.start());
        let e = self.map(r.end()).max(s);
        TextRange::new(s, e)
    }
}

/// Operands in one left-nested chain above which parsing is de-cached (point 3).
const LONG_CHAIN: usize = 512;

/// What the pre-parse scan found.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scan {
    /// Offset of the first place nesting exceeds [`MAX_NESTING`], if any.
    pub too_deep: Option<usize>,
    /// A chain long enough to make rowan's node cache quadratic.
    pub long_chain: bool,
    /// Tokens other than trivia: a bound on how deep rnix's recursive descent goes.
    pub tokens: usize,
}

/// Scans the tokens once: nesting depth and chain lengths. Also returns the tokens
/// (trivia included; all of them unless the scan stopped at `too_deep`), so that the
/// parser need not tokenize the text again.
pub fn scan(text: &str) -> (Scan, ScannedTokens<'_>) {
    let mut tokens = ScannedTokens { text, toks: Vec::with_capacity(text.len() / 3) };
    let out = scan_into(text, &mut tokens);
    (out, tokens)
}

/// The tokens of a text, kept as kind and length (8 bytes each instead of the 24
/// of an [`rnix::Token`]: a big generated file has a token every three or four
/// bytes, and the list is alive while the tree is built); each token's text is
/// where the one before it ended.
pub struct ScannedTokens<'a> {
    text: &'a str,
    toks: Vec<(SyntaxKind, u32)>,
}

impl<'a> ScannedTokens<'a> {
    fn push(&mut self, kind: SyntaxKind, s: &str) {
        // a token is at most the text, whose offsets rowan keeps in a `u32`
        // (`parse_cached` turns a longer text away before scanning it)
        self.toks.push((kind, u32::try_from(s.len()).unwrap_or(u32::MAX)));
    }

    /// The kinds, in order.
    pub fn kinds(&self) -> impl Iterator<Item = SyntaxKind> + '_ {
        self.toks.iter().map(|&(k, _)| k)
    }

    /// The tokens with their text, as rnix's parser takes them.
    pub fn into_tokens(self) -> impl Iterator<Item = rnix::Token<'a>> {
        let text = self.text;
        let mut off = 0usize;
        self.toks.into_iter().map(move |(kind, len)| {
            let end = off.saturating_add(len as usize);
            // the lengths were measured on this text, token after token
            let s = text.get(off..end).unwrap_or("");
            off = end;
            (kind, s)
        })
    }
}

fn scan_into(text: &str, tokens: &mut ScannedTokens<'_>) -> Scan {
    let mut out = Scan::default();
    let mut depth = 0usize;
    let mut unary_run = 0usize;
    // right-associative operators chained at each bracket level
    let mut chains: Vec<usize> = vec![0];
    // tokens since the last separator at each level (`None`: a list or string
    // level, whose elements are separate nodes)
    let mut runs: Vec<Option<usize>> = vec![Some(0)];
    // On wasm the tree walks after parsing (checks, lowering, compiling, `--parse`
    // printing) recurse on a stack that cannot grow, and a left-nested operator chain
    // (`1 + 1 + … + 1`) is as deep as it is long: binary operators since the last
    // separator at each level, and their total, count as nesting there.
    let mut ops: Vec<usize> = vec![0];
    let mut ops_total = 0usize;
    let mut off = 0usize;
    for (kind, s) in rnix::tokenize(text) {
        tokens.push(kind, s);
        let here = off;
        off += s.len();
        if kind.is_trivia() {
            continue;
        }
        out.tokens += 1;
        match kind {
            TOKEN_SEMICOLON | TOKEN_ASSIGN | TOKEN_COLON | TOKEN_COMMA | TOKEN_IN | TOKEN_THEN | TOKEN_ELSE
            | TOKEN_LET | TOKEN_IF | TOKEN_WITH | TOKEN_ASSERT | TOKEN_AT | TOKEN_INHERIT => {
                if let Some(Some(r)) = runs.last_mut() {
                    *r = 0;
                }
                if let Some(n) = ops.last_mut() {
                    ops_total = ops_total.saturating_sub(*n);
                    *n = 0;
                }
            }
            _ => {
                if let Some(Some(r)) = runs.last_mut() {
                    *r += 1;
                    if *r > 2 * LONG_CHAIN {
                        out.long_chain = true;
                    }
                }
            }
        }
        match kind {
            TOKEN_L_PAREN | TOKEN_L_BRACK | TOKEN_L_BRACE | TOKEN_INTERPOL_START | TOKEN_STRING_START => {
                depth += 1;
                chains.push(0);
                ops.push(0);
                runs.push(if matches!(kind, TOKEN_L_BRACK | TOKEN_STRING_START) { None } else { Some(0) });
            }
            TOKEN_R_PAREN | TOKEN_R_BRACK | TOKEN_R_BRACE | TOKEN_INTERPOL_END | TOKEN_STRING_END => {
                depth = depth.saturating_sub(1);
                if chains.len() > 1 {
                    chains.pop();
                }
                if runs.len() > 1 {
                    runs.pop();
                }
                if ops.len() > 1 {
                    ops_total = ops_total.saturating_sub(ops.pop().unwrap_or(0));
                }
            }
            TOKEN_ADD | TOKEN_SUB | TOKEN_MUL | TOKEN_DIV | TOKEN_AND_AND | TOKEN_OR_OR | TOKEN_EQUAL
            | TOKEN_NOT_EQUAL | TOKEN_LESS | TOKEN_LESS_OR_EQ | TOKEN_MORE | TOKEN_MORE_OR_EQ | TOKEN_PIPE_RIGHT
            | TOKEN_QUESTION
                if cfg!(target_family = "wasm") =>
            {
                if let Some(n) = ops.last_mut() {
                    *n += 1;
                    ops_total += 1;
                }
            }
            TOKEN_CONCAT | TOKEN_UPDATE | TOKEN_IMPLICATION | TOKEN_PIPE_LEFT | TOKEN_LET | TOKEN_COLON
            | TOKEN_WITH | TOKEN_ASSERT | TOKEN_IF => {
                if let Some(c) = chains.last_mut() {
                    *c += 1;
                    if *c > MAX_NESTING {
                        out.too_deep = Some(here);
                        return out;
                    }
                }
            }
            _ => {}
        }
        if matches!(kind, TOKEN_SUB | TOKEN_INVERT) {
            unary_run += 1;
        } else {
            unary_run = 0;
        }
        if depth.saturating_add(ops_total) > MAX_NESTING || unary_run > MAX_NESTING {
            out.too_deep = Some(here);
            return out;
        }
    }
    out
}

/// Point 3: `/**/` after every whitespace token and before every binary operator.
fn decache(text: &str, inserted: &mut Vec<u32>) -> String {
    const MARK: &str = "/**/";
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mark = |out: &mut String, inserted: &mut Vec<u32>| {
        for i in 0..MARK.len() {
            inserted.push((out.len() + i) as u32);
        }
        out.push_str(MARK);
    };
    for (kind, s) in rnix::tokenize(text) {
        let binary = matches!(
            kind,
            TOKEN_ADD
                | TOKEN_SUB
                | TOKEN_MUL
                | TOKEN_DIV
                | TOKEN_CONCAT
                | TOKEN_UPDATE
                | TOKEN_AND_AND
                | TOKEN_OR_OR
                | TOKEN_IMPLICATION
                | TOKEN_EQUAL
                | TOKEN_NOT_EQUAL
                | TOKEN_LESS
                | TOKEN_LESS_OR_EQ
                | TOKEN_MORE
                | TOKEN_MORE_OR_EQ
                | TOKEN_PIPE_LEFT
                | TOKEN_PIPE_RIGHT
        );
        if binary {
            mark(&mut out, inserted);
        }
        out.push_str(s);
        if kind == TOKEN_WHITESPACE {
            mark(&mut out, inserted);
        }
    }
    out
}

/// Produces the text to give rnix (if it differs from `text`) and the offset map.
pub fn prepare(text: &str) -> (Option<String>, OffsetMap) {
    let mut owned: Option<String> = None;
    // 1. lone CR inside `#` comments
    if text.contains('\r') {
        loop {
            let cur: &str = owned.as_deref().unwrap_or(text);
            let mut fix_at = None;
            let mut off = 0usize;
            for (kind, s) in rnix::tokenize(cur) {
                if kind == TOKEN_COMMENT && s.starts_with('#') {
                    let b = s.as_bytes();
                    if let Some(i) = (0..b.len()).find(|&i| b[i] == b'\r' && b.get(i + 1) != Some(&b'\n')) {
                        fix_at = Some(off + i);
                        break;
                    }
                }
                off += s.len();
            }
            match fix_at {
                Some(i) => {
                    let mut bytes = cur.as_bytes().to_vec();
                    bytes[i] = b'\n';
                    // Replacing one ASCII byte by another keeps the text valid UTF-8.
                    owned = Some(
                        String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
                    );
                }
                None => break,
            }
        }
    }
    // 2. `!` right after a tighter-binding operator
    let cur: &str = owned.as_deref().unwrap_or(text);
    if !cur.contains('!') {
        return (owned, OffsetMap::identity());
    }
    let (fixed, map) = invert_parens(cur);
    match fixed {
        Some(f) => (Some(f), map),
        None => (owned, map),
    }
}

/// Like [`prepare`], then de-caches long chains (point 3) if `long_chain`.
pub fn prepare_scanned(text: &str, tokens: &ScannedTokens<'_>, long_chain: bool) -> (Option<String>, OffsetMap) {
    // Most files need no repair, which the scanned tokens tell without the
    // tokenizing passes of `prepare`.
    let (fixed, map) = if !long_chain && !text.contains('\r') && !has_invert_after_operator(tokens) {
        (None, OffsetMap::identity())
    } else {
        prepare(text)
    };
    if !long_chain {
        return (fixed, map);
    }
    let cur: &str = fixed.as_deref().unwrap_or(text);
    // compose: offsets inserted by the de-caching pass are in the final text;
    // earlier insertions shift by the marks before them
    let mut marks = Vec::new();
    let out = decache(cur, &mut marks);
    let mut all = marks.clone();
    for &p in &map.inserted {
        all.push(final_offset(&marks, p));
    }
    all.sort_unstable();
    (Some(out), OffsetMap { inserted: all })
}

/// Where byte `p` of the text before de-caching lands after it (`marks` ascending,
/// in final-text offsets).
fn final_offset(marks: &[u32], p: u32) -> u32 {
    // count marks that precede p's final position: binary search on the fixed point
    let mut lo = 0usize;
    let mut hi = marks.len();
    // marks[i] - i is the pre-decache offset the i-th mark was inserted before,
    // non-decreasing; marks inserted at offset q come before the byte at q
    while lo < hi {
        let mid = (lo + hi) / 2;
        if marks[mid] - (mid as u32) <= p {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    p + lo as u32
}

/// Point 2: parentheses around the operand of a `!` that follows `+ - * / ++`.
/// The binary operators that bind tighter than `!`, after which Nix accepts a `!`
/// and rnix does not (point 2).
fn binds_tighter_than_not(kind: Option<SyntaxKind>) -> bool {
    matches!(kind, Some(TOKEN_ADD | TOKEN_SUB | TOKEN_MUL | TOKEN_DIV | TOKEN_CONCAT))
}

/// Whether a `!` follows one of the operators that bind tighter than it: the only
/// place `invert_parens` changes anything.
fn has_invert_after_operator(tokens: &ScannedTokens<'_>) -> bool {
    let mut prev = None;
    for kind in tokens.kinds() {
        if kind.is_trivia() {
            continue;
        }
        if kind == TOKEN_INVERT && binds_tighter_than_not(prev) {
            return true;
        }
        prev = Some(kind);
    }
    false
}

fn invert_parens(cur: &str) -> (Option<String>, OffsetMap) {
    let toks = Tokens::new(cur);
    let mut inserts: Vec<usize> = Vec::new(); // byte offsets in `cur` where to insert, paired (open, close)
    for i in 0..toks.len() {
        if toks.kind(i) != Some(TOKEN_INVERT) {
            continue;
        }
        let prev = i.checked_sub(1).and_then(|p| toks.kind(p));
        if !binds_tighter_than_not(prev) {
            continue;
        }
        let Some(end) = toks.chain(i + 1, 0) else {
            continue;
        };
        if end <= i + 1 {
            continue;
        }
        inserts.push(toks.start(i) * 2); // even = '('
        inserts.push(toks.end(end - 1) * 2 + 1); // odd = ')'
    }
    if inserts.is_empty() {
        return (None, OffsetMap::identity());
    }
    // Stable order: at the same offset, ')' (odd) before '(' (even) would be wrong for
    // `a+!b+!c`? No: a close always follows its own open; sort by offset, closes first.
    inserts.sort_by_key(|&v| (v / 2, if v % 2 == 1 { 0 } else { 1 }));
    let mut out = String::with_capacity(cur.len() + inserts.len());
    let mut inserted = Vec::with_capacity(inserts.len());
    let mut last = 0usize;
    for v in inserts {
        let at = v / 2;
        out.push_str(&cur[last..at]);
        inserted.push(out.len() as u32);
        out.push(if v % 2 == 1 { ')' } else { '(' });
        last = at;
    }
    out.push_str(&cur[last..]);
    (Some(out), OffsetMap { inserted })
}

/// Non-trivia tokens of a text with their byte offsets.
struct Tokens {
    toks: Vec<(SyntaxKind, usize, usize)>,
}

impl Tokens {
    fn new(text: &str) -> Self {
        let mut toks = Vec::new();
        let mut off = 0;
        for (kind, s) in rnix::tokenize(text) {
            if !kind.is_trivia() {
                toks.push((kind, off, off + s.len()));
            }
            off += s.len();
        }
        Tokens { toks }
    }
    fn len(&self) -> usize {
        self.toks.len()
    }
    fn kind(&self, i: usize) -> Option<SyntaxKind> {
        self.toks.get(i).map(|t| t.0)
    }
    fn start(&self, i: usize) -> usize {
        self.toks.get(i).map(|t| t.1).unwrap_or(0)
    }
    fn end(&self, i: usize) -> usize {
        self.toks.get(i).map(|t| t.2).unwrap_or(0)
    }

    /// Index just past the bracket group opening at `i` (which must be an opener).
    fn skip_group(&self, i: usize) -> Option<usize> {
        let mut depth = 0usize;
        let mut j = i;
        while j < self.len() {
            match self.kind(j)? {
                TOKEN_L_PAREN | TOKEN_L_BRACK | TOKEN_L_BRACE | TOKEN_INTERPOL_START | TOKEN_STRING_START => depth += 1,
                TOKEN_R_PAREN | TOKEN_R_BRACK | TOKEN_R_BRACE | TOKEN_INTERPOL_END | TOKEN_STRING_END => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(j + 1);
                    }
                }
                _ => {}
            }
            j += 1;
        }
        None
    }

    /// An operand whose operators all bind tighter than `!`: `-`/`!` prefixes, an
    /// application, then any `+ - * / ++ ?` continuations.
    fn chain(&self, i: usize, depth: usize) -> Option<usize> {
        if depth > MAX_NESTING {
            return None;
        }
        let mut j = self.unary(i, depth + 1)?;
        loop {
            match self.kind(j) {
                k if binds_tighter_than_not(k) => j = self.unary(j + 1, depth + 1)?,
                Some(TOKEN_QUESTION) => j = self.attrpath(j + 1)?,
                _ => return Some(j),
            }
        }
    }

    fn unary(&self, i: usize, depth: usize) -> Option<usize> {
        match self.kind(i)? {
            TOKEN_SUB => self.unary(i + 1, depth + 1),
            TOKEN_INVERT => self.chain(i + 1, depth + 1),
            _ => {
                let mut j = self.select(i)?;
                while let Some(k) = self.kind(j) {
                    if !k.is_fn_arg() {
                        break;
                    }
                    j = self.select(j)?;
                }
                Some(j)
            }
        }
    }

    fn select(&self, i: usize) -> Option<usize> {
        let mut j = self.simple(i)?;
        if self.kind(j) == Some(TOKEN_DOT) {
            j = self.attrpath(j + 1)?;
            if self.kind(j) == Some(TOKEN_OR) {
                j = self.select(j + 1)?;
            }
        } else if self.kind(j) == Some(TOKEN_OR) {
            j += 1;
        }
        Some(j)
    }

    fn attrpath(&self, i: usize) -> Option<usize> {
        let mut j = self.attr(i)?;
        while self.kind(j) == Some(TOKEN_DOT) {
            j = self.attr(j + 1)?;
        }
        Some(j)
    }

    fn attr(&self, i: usize) -> Option<usize> {
        match self.kind(i)? {
            TOKEN_IDENT | TOKEN_OR => Some(i + 1),
            TOKEN_STRING_START | TOKEN_INTERPOL_START => self.skip_group(i),
            _ => None,
        }
    }

    fn simple(&self, i: usize) -> Option<usize> {
        match self.kind(i)? {
            TOKEN_IDENT | TOKEN_INTEGER | TOKEN_FLOAT | TOKEN_URI | TOKEN_PATH_SEARCH => Some(i + 1),
            TOKEN_PATH_ABS | TOKEN_PATH_REL | TOKEN_PATH_HOME => {
                let mut j = i + 1;
                loop {
                    match self.kind(j) {
                        Some(TOKEN_PATH_ABS | TOKEN_PATH_REL | TOKEN_PATH_HOME) if self.start(j) == self.end(j - 1) => {
                            j += 1
                        }
                        Some(TOKEN_INTERPOL_START) if self.start(j) == self.end(j - 1) => j = self.skip_group(j)?,
                        _ => return Some(j),
                    }
                }
            }
            TOKEN_L_PAREN | TOKEN_L_BRACK | TOKEN_L_BRACE | TOKEN_STRING_START => self.skip_group(i),
            TOKEN_REC | TOKEN_LET if self.kind(i + 1) == Some(TOKEN_L_BRACE) => self.skip_group(i + 1),
            _ => None,
        }
    }
}
