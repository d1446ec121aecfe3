//! `builtins.fromTOML`.
//!
//! Parsing is done by the `toml` crate. C++ Nix uses toml11 in TOML 1.0 mode, so the
//! differences that matter are handled here: times without seconds (a TOML 1.1
//! addition) are rejected, integer overflow is reported with toml11's message, and
//! date/time values are an error unless the `parse-toml-timestamps` experimental
//! feature is on, in which case they become `{ _type = "timestamp"; value = …; }` with
//! the text toml11 writes.

use crate::json::null_byte_error;
use crate::{Decl, decl};
use nixlet_eval::builtin::Step;
use nixlet_eval::{Error, EvalResult, Value, Vm};
use toml::value::{Datetime, Offset};

pub(crate) const DECLS: &[Decl] = &[decl!(
    "fromTOML",
    1,
    0b1,
    from_toml,
    "Parse the TOML 1.0 document *e* into a Nix set. Dates and times are an error unless the `parse-toml-timestamps` experimental feature is enabled."
)];

fn from_toml(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let bytes = vm.want_string_no_ctx(args[0], "while evaluating the argument passed to builtins.fromTOML")?;
    let text = String::from_utf8_lossy(&bytes).into_owned();
    let table: toml::Table = match text.parse() {
        Ok(t) => t,
        Err(e) => return Err(parse_error(&text, &e)),
    };
    if let Some(msg) = toml_1_1_only(&text) {
        return Err(Error::eval(format!("while parsing TOML: [error] {msg}")));
    }
    let timestamps = vm.opts.experimental.iter().any(|f| f == "parse-toml-timestamps");
    let v = convert_table(vm, &table, timestamps).map_err(|msg| Error::eval(format!("while parsing TOML: {msg}")))?;
    Ok(Step::Done(v))
}

fn convert_table(vm: &mut Vm, t: &toml::Table, timestamps: bool) -> Result<Value, String> {
    let mut pairs = Vec::with_capacity(t.len());
    for (k, v) in t {
        if let Some(e) = null_byte_error(k.as_bytes()) {
            return Err(format!("error: {}", e.message()));
        }
        let name = vm.symbols.intern(k);
        let value = convert(vm, v, timestamps)?;
        pairs.push((name, value));
    }
    Ok(vm.mk_attrs(pairs))
}

/// Converts one TOML value (the `toml` crate bounds the nesting depth, so plain
/// recursion is fine here).
fn convert(vm: &mut Vm, v: &toml::Value, timestamps: bool) -> Result<Value, String> {
    Ok(match v {
        toml::Value::String(s) => {
            if let Some(e) = null_byte_error(s.as_bytes()) {
                return Err(format!("error: {}", e.message()));
            }
            vm.mk_str(s.as_bytes())
        }
        toml::Value::Integer(i) => Value::Int(*i),
        toml::Value::Float(f) => Value::Float(*f),
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Array(items) => {
            let mut out = Vec::with_capacity(items.len());
            for x in items {
                out.push(convert(vm, x, timestamps)?);
            }
            vm.mk_list(&out)
        }
        toml::Value::Table(t) => convert_table(vm, t, timestamps)?,
        toml::Value::Datetime(dt) => {
            if dt.time.is_some_and(|t| t.second.is_none()) {
                return Err("[error] toml::parse_local_time: invalid time: seconds are required (TOML 1.0)".into());
            }
            if !timestamps {
                return Err("Dates and times are not supported".into());
            }
            let ty = vm.symbols.intern("_type");
            let value = vm.known.value;
            let t = vm.mk_str(b"timestamp");
            let s = vm.mk_str(format_datetime(dt).as_bytes());
            vm.mk_attrs(vec![(ty, t), (value, s)])
        }
    })
}

/// A date/time as Nix (toml11 4 with Nix's normalisation) writes it: upper-case `T`,
/// seconds always, fractions padded to 3, 6 or 9 digits, `Z` for a zero offset.
fn format_datetime(dt: &Datetime) -> String {
    let mut s = String::new();
    if let Some(d) = &dt.date {
        s.push_str(&format!("{:04}-{:02}-{:02}", d.year, d.month, d.day));
    }
    if let Some(t) = &dt.time {
        if dt.date.is_some() {
            s.push('T');
        }
        s.push_str(&format!("{:02}:{:02}:{:02}", t.hour, t.minute, t.second.unwrap_or(0)));
        let ns = t.nanosecond.unwrap_or(0);
        let (ms, us, n) = (ns / 1_000_000, (ns / 1_000) % 1_000, ns % 1_000);
        if n != 0 {
            s.push_str(&format!(".{ns:09}"));
        } else if us != 0 {
            s.push_str(&format!(".{:06}", ns / 1_000));
        } else if ms != 0 {
            s.push_str(&format!(".{ms:03}"));
        }
    }
    match dt.offset {
        Some(Offset::Z) | Some(Offset::Custom { minutes: 0 }) => s.push('Z'),
        Some(Offset::Custom { minutes }) => {
            let sign = if minutes < 0 { '-' } else { '+' };
            let m = minutes.unsigned_abs();
            s.push_str(&format!("{sign}{:02}:{:02}", m / 60, m % 60));
        }
        None => {}
    }
    s
}

/// The error for a document the `toml` crate rejects. Integer overflow gets toml11's
/// wording (Nix users see it); anything else the `toml` crate's message.
fn parse_error(text: &str, e: &toml::de::Error) -> Error {
    if let Some(msg) = e.span().and_then(|span| integer_overflow(text, span.start, span.end)) {
        return Error::eval(format!("while parsing TOML: {msg}"));
    }
    let mut msg = e.message().trim_end().to_string();
    if let Some(span) = e.span() {
        let (line, col) = line_col(text, span.start);
        msg = format!("{msg} (at line {line}, column {col})");
    }
    Error::eval(format!("while parsing TOML: [error] {msg}"))
}

/// 1-based line and byte column of `offset`.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = text.as_bytes().get(..offset).unwrap_or(text.as_bytes());
    let line = before.iter().filter(|&&c| c == b'\n').count() + 1;
    let col = offset - before.iter().rposition(|&c| c == b'\n').map(|i| i + 1).unwrap_or(0) + 1;
    (line, col)
}

/// If `text[start..end]` is an integer literal outside the 64-bit range, the error
/// toml11 reports for it (pointing just past the literal).
fn integer_overflow(text: &str, start: usize, end: usize) -> Option<String> {
    let lit = text.get(start..end)?.trim();
    let clean: String = lit.chars().filter(|&c| c != '_').collect();
    let (neg, body) = match clean.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, clean.strip_prefix('+').unwrap_or(&clean)),
    };
    let (kind, what, overflows) = if let Some(h) = body.strip_prefix("0x") {
        ("hex", "value", h.chars().all(|c| c.is_ascii_hexdigit()) && i64::from_str_radix(h, 16).is_err())
    } else if let Some(o) = body.strip_prefix("0o") {
        ("oct", "value", o.chars().all(|c| ('0'..='7').contains(&c)) && i64::from_str_radix(o, 8).is_err())
    } else if let Some(b) = body.strip_prefix("0b") {
        (
            "bin",
            "value",
            b.chars().all(|c| c == '0' || c == '1') && (b.len() > 63 || i64::from_str_radix(b, 2).is_err()),
        )
    } else {
        let digits_ok = !body.is_empty() && body.chars().all(|c| c.is_ascii_digit());
        let parsed = if neg { format!("-{body}").parse::<i64>() } else { body.parse::<i64>() };
        ("dec", "digits", digits_ok && parsed.is_err())
    };
    if !overflows {
        return None;
    }
    // toml11 points at the character after the literal
    let lit_end = start + text.get(start..end)?.trim_end().len();
    let (line, col) = line_col(text, lit_end);
    let line_text = text.lines().nth(line - 1).unwrap_or("");
    let width = line.to_string().len();
    let pad = " ".repeat(width + 1);
    Some(format!(
        "[error] toml::parse_{kind}_integer: too large integer: current max {what} = 2^63\n --> fromTOML\n{pad} |\n {line} | {line_text}\n{pad} | {}^-- must be < 2^63\n",
        " ".repeat(col - 1)
    ))
}

/// Finds syntax the `toml` crate accepts (TOML 1.1) but TOML 1.0, which Nix implements,
/// does not: `\\e` and `\\x` escapes, newlines (and comments) inside inline tables, a
/// trailing comma in an inline table. Only called on documents that parsed.
fn toml_1_1_only(text: &str) -> Option<String> {
    use toml_parser::lexer::TokenKind as K;
    // open brackets of values: true for an inline table, false for an array
    let mut open: Vec<bool> = Vec::new();
    let mut prev = K::Newline;
    let mut comma_pending = false;
    for tok in toml_parser::Source::new(text).lex() {
        let kind = tok.kind();
        let raw = text.get(tok.span().start()..tok.span().end()).unwrap_or("");
        let in_table = open.last() == Some(&true);
        match kind {
            K::Whitespace => continue,
            K::LeftCurlyBracket => open.push(true),
            K::RightCurlyBracket => {
                if in_table && comma_pending {
                    return Some(format!(
                        "toml::parse_inline_table: trailing comma is not allowed in an inline table (TOML 1.0) at {}",
                        at(text, tok.span().start())
                    ));
                }
                open.pop();
            }
            K::LeftSquareBracket if !open.is_empty() || prev == K::Equals => open.push(false),
            K::RightSquareBracket if open.last() == Some(&false) => {
                open.pop();
            }
            K::Newline | K::Comment if in_table => {
                return Some(format!(
                    "toml::parse_inline_table: an inline table must be on a single line (TOML 1.0) at {}",
                    at(text, tok.span().start())
                ));
            }
            K::BasicString | K::MlBasicString => {
                let mut chars = raw.char_indices();
                while let Some((_, c)) = chars.next() {
                    if c == '\\'
                        && let Some((i, e @ ('e' | 'x'))) = chars.next()
                    {
                        return Some(format!(
                            "toml::parse_escape_sequence: unknown escape sequence \\{e} (TOML 1.0) at {}",
                            at(text, tok.span().start() + i - 1)
                        ));
                    }
                }
            }
            _ => {}
        }
        comma_pending = kind == K::Comma;
        prev = kind;
    }
    None
}

fn at(text: &str, offset: usize) -> String {
    let (line, col) = line_col(text, offset);
    format!("line {line}, column {col}")
}
