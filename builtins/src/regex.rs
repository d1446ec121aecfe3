//! Regular-expression builtins: `match` and `split`.
//!
//! C++ Nix compiles patterns with `std::regex::extended` (libstdc++), i.e. POSIX
//! extended syntax over bytes in the C locale. This module translates that dialect
//! into the syntax of `regex-automata` (the engine behind the `regex` crate) and
//! reproduces libstdc++'s matching rules:
//!
//! - syntax: only `.[\()*+?{|^$` are special; `\` may only escape those (so there
//!   are no backreferences, no `\d`, no `\]`); `]` and `}` are ordinary outside
//!   brackets; bracket expressions follow POSIX (`[]a]`, `[a-]`, `[[:alpha:]]`,
//!   `[[.hyphen.]]`, `[[=a=]]`), ranges compare bytes as signed `char`s;
//! - `.` matches any byte except NUL (newlines included); `^`/`$` anchor only at
//!   the ends of the whole string;
//! - `match` is a whole-string match; capture groups come from the first path in
//!   priority order (what libstdc++'s depth-first executor finds);
//! - `split` finds, like POSIX, the leftmost match and then the *longest* one
//!   starting there; groups again come from the first path of that length. Empty
//!   matches advance like `std::regex_iterator`.
//!
//! Compiled patterns are cached per evaluator.

use crate::util::*;
use crate::{Decl, decl};
use nixlet_eval::builtin::Step;
use nixlet_eval::value::Value;
use nixlet_eval::{Error, EvalResult, Vm};
use regex_automata::meta::{self, Regex};
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind};
use rustc_hash::FxHashMap;
use std::rc::Rc;

pub(crate) const DECLS: &[Decl] = &[
    decl!(
        "__match",
        2,
        0b01,
        prim_match,
        "Match the string *str* as a whole against the POSIX extended regular expression *regex*. Returns `null` if it does not match, otherwise the list of the capture groups' texts (`null` for a group that did not take part in the match).\n\n```nix\nbuiltins.match \"(.*)\\\\.nix\" \"foo.nix\"  # [ \"foo\" ]\n```"
    ),
    decl!(
        "__split",
        2,
        0b01,
        prim_split,
        "Split *str* at the matches of the POSIX extended regular expression *regex*: the result alternates the unmatched pieces with lists of each match's capture groups.\n\n```nix\nbuiltins.split \"(a)|b\" \"xaybz\"  # [ \"x\" [ \"a\" ] \"y\" [ null ] \"z\" ]\n```"
    ),
];

// ------------------------------------------------------------------ translation

/// Why a pattern was rejected.
#[derive(Debug, PartialEq, Eq)]
enum BadRegex {
    /// Nix: `invalid regular expression`.
    Invalid,
    /// Nix: `memory limit exceeded by regular expression`.
    TooBig,
}

/// A pattern translated to `regex-automata` syntax.
#[derive(Debug)]
struct Translated {
    /// The translation.
    text: String,
    /// The same, with `$` never matching (for prefix searches).
    text_no_dollar: String,
    /// Whether the pattern uses `$`.
    has_dollar: bool,
}

/// Named characters of `[.name.]` / `[=name=]` (the POSIX portable character set).
const COLLATE_NAMES: &[(&str, u8)] = &[
    ("NUL", 0),
    ("SOH", 1),
    ("STX", 2),
    ("ETX", 3),
    ("EOT", 4),
    ("ENQ", 5),
    ("ACK", 6),
    ("alert", 7),
    ("backspace", 8),
    ("tab", 9),
    ("newline", 10),
    ("vertical-tab", 11),
    ("form-feed", 12),
    ("carriage-return", 13),
    ("SO", 14),
    ("SI", 15),
    ("DLE", 16),
    ("DC1", 17),
    ("DC2", 18),
    ("DC3", 19),
    ("DC4", 20),
    ("NAK", 21),
    ("SYN", 22),
    ("ETB", 23),
    ("CAN", 24),
    ("EM", 25),
    ("SUB", 26),
    ("ESC", 27),
    ("IS4", 28),
    ("IS3", 29),
    ("IS2", 30),
    ("IS1", 31),
    ("space", b' '),
    ("exclamation-mark", b'!'),
    ("quotation-mark", b'"'),
    ("number-sign", b'#'),
    ("dollar-sign", b'$'),
    ("percent-sign", b'%'),
    ("ampersand", b'&'),
    ("apostrophe", b'\''),
    ("left-parenthesis", b'('),
    ("right-parenthesis", b')'),
    ("asterisk", b'*'),
    ("plus-sign", b'+'),
    ("comma", b','),
    ("hyphen", b'-'),
    ("period", b'.'),
    ("slash", b'/'),
    ("zero", b'0'),
    ("one", b'1'),
    ("two", b'2'),
    ("three", b'3'),
    ("four", b'4'),
    ("five", b'5'),
    ("six", b'6'),
    ("seven", b'7'),
    ("eight", b'8'),
    ("nine", b'9'),
    ("colon", b':'),
    ("semicolon", b';'),
    ("less-than-sign", b'<'),
    ("equals-sign", b'='),
    ("greater-than-sign", b'>'),
    ("question-mark", b'?'),
    ("commercial-at", b'@'),
    ("left-square-bracket", b'['),
    ("backslash", b'\\'),
    ("right-square-bracket", b']'),
    ("circumflex", b'^'),
    ("underscore", b'_'),
    ("grave-accent", b'`'),
    ("left-curly-bracket", b'{'),
    ("vertical-line", b'|'),
    ("right-curly-bracket", b'}'),
    ("tilde", b'~'),
    ("DEL", 127),
];

fn collate_char(name: &[u8]) -> Option<u8> {
    if let Some((_, c)) = COLLATE_NAMES.iter().find(|(n, _)| n.as_bytes() == name) {
        return Some(*c);
    }
    match name {
        [c] => Some(*c),
        _ => None,
    }
}

/// The bytes of a character class (C locale), by lower-cased name.
fn class_bytes(name: &[u8]) -> Option<Vec<u8>> {
    let name = name.to_ascii_lowercase();
    let pred: fn(u8) -> bool = match name.as_slice() {
        b"alnum" => |c| c.is_ascii_alphanumeric(),
        b"alpha" => |c| c.is_ascii_alphabetic(),
        b"blank" => |c| c == b' ' || c == b'\t',
        b"cntrl" => |c| c.is_ascii_control(),
        b"digit" | b"d" => |c| c.is_ascii_digit(),
        b"graph" => |c| c.is_ascii_graphic(),
        b"lower" => |c| c.is_ascii_lowercase(),
        b"print" => |c| c.is_ascii_graphic() || c == b' ',
        b"punct" => |c| c.is_ascii_punctuation(),
        b"space" | b"s" => |c| matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r'),
        b"upper" => |c| c.is_ascii_uppercase(),
        b"xdigit" => |c| c.is_ascii_hexdigit(),
        b"w" => |c| c.is_ascii_alphanumeric() || c == b'_',
        _ => return None,
    };
    Some((0u8..=255).filter(|&c| pred(c)).collect())
}

/// Writes a byte as a `regex-automata` literal (bytes mode).
fn push_byte(out: &mut String, b: u8) {
    if b.is_ascii_alphanumeric() {
        out.push(b as char);
    } else {
        out.push_str(&format!("\\x{b:02X}"));
    }
}

/// Writes a byte set as a class (an empty set never matches).
fn push_set(out: &mut String, set: &[bool; 256]) {
    out.push('[');
    let mut any = false;
    let mut i = 0usize;
    while i < 256 {
        if set[i] {
            let start = i;
            while i + 1 < 256 && set[i + 1] {
                i += 1;
            }
            out.push_str(&format!("\\x{start:02X}"));
            if i > start {
                out.push_str(&format!("-\\x{i:02X}"));
            }
            any = true;
        }
        i += 1;
    }
    if !any {
        // nothing: a class that cannot match
        out.push_str("^\\x00-\\xFF");
    }
    out.push(']');
}

struct Parser<'a> {
    pat: &'a [u8],
    pos: usize,
    has_dollar: bool,
}

/// Output under construction: the pattern twice, once with `$` disabled.
#[derive(Default)]
struct Out {
    a: String,
    b: String,
}

impl Out {
    fn push_str(&mut self, s: &str) {
        self.a.push_str(s);
        self.b.push_str(s);
    }
    fn append(&mut self, o: Out) {
        self.a.push_str(&o.a);
        self.b.push_str(&o.b);
    }
}

const SPECIAL: &[u8] = b".[\\()*+?{|^$";

impl<'a> Parser<'a> {
    fn peek(&self) -> Option<u8> {
        self.pat.get(self.pos).copied()
    }

    fn disjunction(&mut self) -> Result<Out, BadRegex> {
        let mut out = self.alternative()?;
        while self.peek() == Some(b'|') {
            self.pos += 1;
            let alt = self.alternative()?;
            out.push_str("|");
            out.append(alt);
        }
        Ok(out)
    }

    fn alternative(&mut self) -> Result<Out, BadRegex> {
        let mut out = Out::default();
        while let Some(term) = self.term()? {
            out.append(term);
        }
        Ok(out)
    }

    fn term(&mut self) -> Result<Option<Out>, BadRegex> {
        match self.peek() {
            None | Some(b'|') | Some(b')') => Ok(None),
            Some(b'^') => {
                self.pos += 1;
                let mut o = Out::default();
                o.push_str("^");
                Ok(Some(o))
            }
            Some(b'$') => {
                self.pos += 1;
                self.has_dollar = true;
                Ok(Some(Out { a: "$".into(), b: "[^\\x00-\\xFF]".into() }))
            }
            // a repetition operator with nothing to repeat
            Some(b'*') | Some(b'+') | Some(b'?') | Some(b'{') => Err(BadRegex::Invalid),
            Some(_) => {
                let mut atom = self.atom()?;
                while let Some(q) = self.quantifier()? {
                    let mut o = Out::default();
                    o.push_str("(?:");
                    o.append(atom);
                    o.push_str(")");
                    o.push_str(&q);
                    atom = o;
                }
                Ok(Some(atom))
            }
        }
    }

    fn atom(&mut self) -> Result<Out, BadRegex> {
        let mut o = Out::default();
        let Some(c) = self.peek() else {
            return Err(BadRegex::Invalid);
        };
        self.pos += 1;
        match c {
            b'.' => o.push_str("[^\\x00]"),
            b'\\' => {
                let Some(e) = self.peek() else {
                    return Err(BadRegex::Invalid);
                };
                if !SPECIAL.contains(&e) {
                    return Err(BadRegex::Invalid);
                }
                self.pos += 1;
                let mut s = String::new();
                push_byte(&mut s, e);
                o.push_str(&s);
            }
            b'(' => {
                let inner = self.disjunction()?;
                if self.peek() != Some(b')') {
                    return Err(BadRegex::Invalid);
                }
                self.pos += 1;
                o.push_str("(");
                o.append(inner);
                o.push_str(")");
            }
            b'[' => {
                let set = self.bracket()?;
                let mut s = String::new();
                push_set(&mut s, &set);
                o.push_str(&s);
            }
            _ => {
                let mut s = String::new();
                push_byte(&mut s, c);
                o.push_str(&s);
            }
        }
        Ok(o)
    }

    fn number(&mut self) -> Result<Option<u32>, BadRegex> {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        if self.pos == start {
            return Ok(None);
        }
        let digits = std::str::from_utf8(&self.pat[start..self.pos]).map_err(|_| BadRegex::Invalid)?;
        // libstdc++ rejects counts that overflow
        digits.parse::<u32>().map(Some).map_err(|_| BadRegex::Invalid)
    }

    fn quantifier(&mut self) -> Result<Option<String>, BadRegex> {
        let q = match self.peek() {
            Some(b'*') => "*".to_string(),
            Some(b'+') => "+".to_string(),
            Some(b'?') => "?".to_string(),
            Some(b'{') => {
                self.pos += 1;
                let min = self.number()?.ok_or(BadRegex::Invalid)?;
                let q = if self.peek() == Some(b',') {
                    self.pos += 1;
                    match self.number()? {
                        Some(max) if max < min => return Err(BadRegex::Invalid),
                        Some(max) => format!("{{{min},{max}}}"),
                        None => format!("{{{min},}}"),
                    }
                } else {
                    format!("{{{min}}}")
                };
                if self.peek() != Some(b'}') {
                    return Err(BadRegex::Invalid);
                }
                // `pos` is advanced past `}` below
                q
            }
            _ => return Ok(None),
        };
        self.pos += 1;
        Ok(Some(q))
    }

    /// `[:name:]`, `[.name.]`, `[=name=]` after the opening `[` + delimiter.
    fn class_name(&mut self, delim: u8) -> Result<&'a [u8], BadRegex> {
        let start = self.pos;
        while let Some(c) = self.peek() {
            if c == delim {
                break;
            }
            self.pos += 1;
        }
        let name = &self.pat[start..self.pos];
        if self.peek() != Some(delim) || self.pat.get(self.pos + 1) != Some(&b']') {
            return Err(BadRegex::Invalid);
        }
        self.pos += 2;
        Ok(name)
    }

    /// A bracket expression after `[`; returns the set of matching bytes.
    fn bracket(&mut self) -> Result<[bool; 256], BadRegex> {
        #[derive(Clone, Copy)]
        enum Last {
            None,
            Char(u8),
            Class,
        }
        enum Tok {
            Char(u8),
            /// `[.x.]`: a character, but not allowed to end a range
            Coll(u8),
            Dash,
            End,
            Class(Vec<u8>),
        }
        let mut set = [false; 256];
        let neg = self.peek() == Some(b'^');
        if neg {
            self.pos += 1;
        }
        let mut at_start = true;
        let mut next = |p: &mut Self| -> Result<Tok, BadRegex> {
            let first = at_start;
            at_start = false;
            let Some(c) = p.peek() else {
                return Err(BadRegex::Invalid);
            };
            p.pos += 1;
            Ok(match c {
                b'-' => Tok::Dash,
                b']' if !first => Tok::End,
                b'[' => match p.peek() {
                    None => return Err(BadRegex::Invalid),
                    Some(b'.') => {
                        p.pos += 1;
                        let name = p.class_name(b'.')?;
                        Tok::Coll(collate_char(name).ok_or(BadRegex::Invalid)?)
                    }
                    Some(b':') => {
                        p.pos += 1;
                        let name = p.class_name(b':')?;
                        Tok::Class(class_bytes(name).ok_or(BadRegex::Invalid)?)
                    }
                    Some(b'=') => {
                        p.pos += 1;
                        let name = p.class_name(b'=')?;
                        let c = collate_char(name).ok_or(BadRegex::Invalid)?;
                        // primary equivalence in the C locale: case-insensitive
                        let l = c.to_ascii_lowercase();
                        Tok::Class((0u8..=255).filter(|x| x.to_ascii_lowercase() == l).collect())
                    }
                    Some(_) => Tok::Char(b'['),
                },
                c => Tok::Char(c),
            })
        };
        let mut last = Last::None;
        let add = |set: &mut [bool; 256], last: Last| {
            if let Last::Char(c) = last {
                set[c as usize] = true;
            }
        };
        // a leading `-` is literal
        match next(self)? {
            Tok::Char(c) | Tok::Coll(c) => last = Last::Char(c),
            Tok::Dash => last = Last::Char(b'-'),
            Tok::End => {}
            Tok::Class(bytes) => {
                for b in bytes {
                    set[b as usize] = true;
                }
                last = Last::Class;
            }
        }
        loop {
            match next(self)? {
                Tok::End => break,
                Tok::Char(c) | Tok::Coll(c) => {
                    add(&mut set, last);
                    last = Last::Char(c);
                }
                Tok::Class(bytes) => {
                    add(&mut set, last);
                    for b in bytes {
                        set[b as usize] = true;
                    }
                    last = Last::Class;
                }
                Tok::Dash => {
                    let from = match last {
                        Last::Char(c) => c,
                        Last::Class | Last::None => {
                            // `[a-]` style: a dash right before `]` is literal
                            if self.peek() == Some(b']') {
                                self.pos += 1;
                                add(&mut set, last);
                                set[b'-' as usize] = true;
                                last = Last::None;
                                break;
                            }
                            return Err(BadRegex::Invalid);
                        }
                    };
                    let to = match next(self)? {
                        Tok::End => {
                            set[from as usize] = true;
                            set[b'-' as usize] = true;
                            last = Last::None;
                            break;
                        }
                        Tok::Char(c) => c,
                        Tok::Dash => b'-',
                        Tok::Class(_) | Tok::Coll(_) => return Err(BadRegex::Invalid),
                    };
                    // ranges compare signed chars
                    let (lo, hi) = (from as i8, to as i8);
                    if lo > hi {
                        return Err(BadRegex::Invalid);
                    }
                    for x in lo..=hi {
                        set[x as u8 as usize] = true;
                    }
                    last = Last::None;
                }
            }
        }
        add(&mut set, last);
        if neg {
            for b in set.iter_mut() {
                *b = !*b;
            }
        }
        Ok(set)
    }
}

/// Translates a POSIX extended regular expression (libstdc++ dialect).
fn translate(pat: &[u8]) -> Result<Translated, BadRegex> {
    let mut p = Parser { pat, pos: 0, has_dollar: false };
    let out = p.disjunction()?;
    if p.pos != pat.len() {
        // an unbalanced `)`
        return Err(BadRegex::Invalid);
    }
    Ok(Translated { text: out.a, text_no_dollar: out.b, has_dollar: p.has_dollar })
}

// ------------------------------------------------------------------ compiled form

/// A compiled pattern in the shapes the two builtins need.
struct Compiled {
    /// `\A(?:P)\z`, leftmost-first: `match`.
    whole: Regex,
    /// `P`, leftmost-first: where the next match starts.
    search: Regex,
    /// `P` with "all" semantics: the longest match from an anchored start.
    longest: Regex,
    /// `(?:P)\z`: the groups of a match ending at the end of a prefix.
    ending: Regex,
    /// As `ending`, with `$` never matching (for proper prefixes).
    ending_no_dollar: Option<Regex>,
}

fn build(text: &str, kind: MatchKind) -> Result<Regex, BadRegex> {
    let syn = syntax::Config::new().unicode(false).utf8(false).dot_matches_new_line(true);
    let cfg = meta::Config::new().match_kind(kind).utf8_empty(false);
    Regex::builder()
        .syntax(syn)
        .configure(cfg)
        .build(text)
        .map_err(|e| if e.size_limit().is_some() { BadRegex::TooBig } else { BadRegex::Invalid })
}

fn compile(pat: &[u8]) -> Result<Compiled, BadRegex> {
    let t = translate(pat)?;
    Ok(Compiled {
        whole: build(&format!("\\A(?:{})\\z", t.text), MatchKind::LeftmostFirst)?,
        search: build(&t.text, MatchKind::LeftmostFirst)?,
        longest: build(&t.text, MatchKind::All)?,
        ending: build(&format!("(?:{})\\z", t.text), MatchKind::LeftmostFirst)?,
        ending_no_dollar: if t.has_dollar {
            Some(build(&format!("(?:{})\\z", t.text_no_dollar), MatchKind::LeftmostFirst)?)
        } else {
            None
        },
    })
}

/// The per-evaluator cache of compiled patterns (failures are not cached).
#[derive(Default)]
pub(crate) struct RegexCache {
    map: FxHashMap<Box<[u8]>, Rc<Compiled>>,
}

const CACHE_LIMIT: usize = 4096;

fn get_regex(vm: &mut Vm, pat: &[u8]) -> EvalResult<Rc<Compiled>> {
    if let Some(c) = vm.ext::<RegexCache>().map.get(pat) {
        return Ok(c.clone());
    }
    let shown = String::from_utf8_lossy(pat);
    let c = Rc::new(compile(pat).map_err(|e| match e {
        BadRegex::Invalid => Error::eval(format!("invalid regular expression '{shown}'")),
        BadRegex::TooBig => Error::eval(format!("memory limit exceeded by regular expression '{shown}'")),
    })?);
    let cache = vm.ext::<RegexCache>();
    if cache.map.len() >= CACHE_LIMIT {
        cache.map.clear();
    }
    cache.map.insert(pat.into(), c.clone());
    Ok(c)
}

/// One match: its span and its groups' spans.
type Groups = Vec<Option<(usize, usize)>>;

fn groups_of(caps: &regex_automata::util::captures::Captures) -> Groups {
    (1..caps.group_len()).map(|i| caps.get_group(i).map(|s| (s.start, s.end))).collect()
}

impl Compiled {
    fn whole_match(&self, hay: &[u8]) -> Option<Groups> {
        let mut caps = self.whole.create_captures();
        self.whole.captures(hay, &mut caps);
        caps.is_match().then(|| groups_of(&caps))
    }

    /// The longest match starting exactly at `at` (if `non_empty`, only a
    /// non-empty one), with its groups.
    fn longest_at(&self, hay: &[u8], at: usize, non_empty: bool) -> Option<(usize, Groups)> {
        let m = self.longest.search(&Input::new(hay).range(at..).anchored(Anchored::Yes))?;
        let end = m.end();
        if non_empty && end == at {
            return None;
        }
        if self.whole.captures_len() <= 1 {
            // no groups to report: the span is the whole answer
            return Some((end, Vec::new()));
        }
        let prefix = hay.get(..end)?;
        let re = match &self.ending_no_dollar {
            Some(nd) if end < hay.len() => nd,
            _ => &self.ending,
        };
        let mut caps = re.create_captures();
        re.search_captures(&Input::new(prefix).range(at..).anchored(Anchored::Yes), &mut caps);
        if !caps.is_match() {
            // cannot happen: a match of this length exists; report it without groups
            return Some((end, vec![None; self.whole.captures_len().saturating_sub(1)]));
        }
        Some((end, groups_of(&caps)))
    }

    /// The POSIX match found by a search from `from`: leftmost, then longest.
    fn search_from(&self, hay: &[u8], from: usize) -> Option<(usize, usize, Groups)> {
        let m = self.search.search(&Input::new(hay).range(from..))?;
        let start = m.start();
        let (end, groups) = self.longest_at(hay, start, false)?;
        Some((start, end, groups))
    }

    /// All matches as `std::regex_iterator` enumerates them.
    fn split_matches(&self, hay: &[u8]) -> Vec<(usize, usize, Groups)> {
        let mut out = Vec::new();
        let mut cur = self.search_from(hay, 0);
        while let Some((s, e, g)) = cur {
            out.push((s, e, g));
            cur = if s == e {
                if e >= hay.len() {
                    None
                } else {
                    match self.longest_at(hay, e, true) {
                        Some((e2, g2)) => Some((e, e2, g2)),
                        None => self.search_from(hay, e + 1),
                    }
                }
            } else {
                self.search_from(hay, e)
            };
        }
        out
    }
}

// ------------------------------------------------------------------ builtins

fn groups_value(vm: &mut Vm, hay: &[u8], groups: &Groups) -> Value {
    let items: Vec<Value> = groups
        .iter()
        .map(|g| match g {
            Some((s, e)) => vm.mk_str(hay.get(*s..*e).unwrap_or_default()),
            None => Value::Null,
        })
        .collect();
    vm.mk_list(&items)
}

fn prim_match(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let pat = vm.want_string_no_ctx(args[0], nth_arg(0, "match"))?;
    let re = get_regex(vm, &pat)?;
    force_then(vm, args[1], move |vm, s| {
        let id = vm.want_string(s, nth_arg(1, "match"))?;
        let hay = vm.heap.str_bytes(id).to_vec();
        Ok(Step::Done(match re.whole_match(&hay) {
            None => Value::Null,
            Some(groups) => groups_value(vm, &hay, &groups),
        }))
    })
}

fn prim_split(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let pat = vm.want_string_no_ctx(args[0], nth_arg(0, "split"))?;
    let re = get_regex(vm, &pat)?;
    force_then(vm, args[1], move |vm, s| {
        let id = vm.want_string(s, nth_arg(1, "split"))?;
        let hay = vm.heap.str_bytes(id).to_vec();
        let matches = re.split_matches(&hay);
        if matches.is_empty() {
            return Ok(Step::Done(vm.mk_list(&[s])));
        }
        let mut items = Vec::with_capacity(matches.len() * 2 + 1);
        let mut prev = 0usize;
        for (start, end, groups) in &matches {
            items.push(vm.mk_str(hay.get(prev..*start).unwrap_or_default()));
            items.push(groups_value(vm, &hay, groups));
            prev = *end;
        }
        items.push(vm.mk_str(hay.get(prev..).unwrap_or_default()));
        Ok(Step::Done(vm.mk_list(&items)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(p: &str, s: &str) -> Option<Vec<Option<String>>> {
        let c = compile(p.as_bytes()).ok()?;
        c.whole_match(s.as_bytes()).map(|g| g.iter().map(|x| x.map(|(a, b)| s[a..b].to_string())).collect())
    }

    #[test]
    fn syntax() {
        assert_eq!(translate(b"\\]").err(), Some(BadRegex::Invalid));
        assert_eq!(translate(b"(a)\\1").err(), Some(BadRegex::Invalid));
        assert_eq!(translate(b"^*a").err(), Some(BadRegex::Invalid));
        assert_eq!(translate(b"[a-c-e]").err(), Some(BadRegex::Invalid));
        assert!(translate(b"a**").is_ok());
        assert!(translate(b"[]a]").is_ok());
        assert_eq!(m("[]a]+", "]a"), Some(vec![]));
        assert_eq!(m("[[=a=]]", "A"), Some(vec![]));
        assert_eq!(m("(a)|b", "b"), Some(vec![None]));
        assert_eq!(m(".", "\n"), Some(vec![]));
    }

    #[test]
    fn split_like_posix() {
        let c = compile(b"a|ab").ok();
        let got = c.map(|c| c.split_matches(b"abc")).unwrap_or_default();
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].0, got[0].1), (0, 2));
    }
}
