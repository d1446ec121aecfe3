//! `builtins.toJSON` and `builtins.fromJSON`.
//!
//! C++ Nix reads JSON with nlohmann/json's SAX parser and writes it with its serializer;
//! error messages users see are that library's, so the reader here follows the same
//! lexical rules (positions, "last read" excerpts, messages) closely. The reader is a
//! loop over an explicit container stack and the writer a continuation with an explicit
//! work stack: neither recurses natively, however deep the document or the value.

use crate::{Decl, decl};
use nixlet_eval::builtin::{Args, Cont, Step};
use nixlet_eval::print::show_short;
use nixlet_eval::value::{Attr, CtxElem, NixString, PosId, Thunk, Value, merge_context};
use nixlet_eval::{Error, EvalResult, Sym, Vm};

pub(crate) const DECLS: &[Decl] = &[
    decl!(
        "__toJSON",
        1,
        0,
        to_json,
        "A string with the JSON representation of *e*: sets become objects (sets with `__toString` or `outPath` become what those give), paths are copied to the store."
    ),
    decl!(
        "__fromJSON",
        1,
        0b1,
        from_json,
        "Parse the JSON string *e* into a Nix value; numbers that fit a 64-bit integer become integers, other numbers floats."
    ),
];

// ------------------------------------------------------------------ toJSON

fn to_json(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    // C++ Nix counts the call of the builtin in the depth
    let base = vm.call_depth() + 1;
    to_json_at(vm, args[0], base)
}

/// Converts `v` to JSON text as `builtins.toJSON` does, forcing it as needed. The step
/// finishes with the text as a string value (carrying the context of the strings and
/// store paths it contains). This is also what `--eval --json` prints.
pub fn to_json_string(vm: &mut Vm, v: Value) -> EvalResult<Step> {
    let base = vm.call_depth();
    to_json_at(vm, v, base)
}

/// [`to_json_string`] with `base` calls running around it (the values it nests in
/// count from there against the depth limit, as C++ Nix's call depth does).
fn to_json_at(vm: &mut Vm, v: Value, base: usize) -> EvalResult<Step> {
    let w = Box::new(JsonWriter {
        base,
        out: Vec::new(),
        ctx: Vec::new(),
        work: vec![Work::Value { v, pos: PosId::NONE, copy: true }],
        path: Vec::new(),
        ser_err: None,
        waiting: Waiting::Nothing,
    });
    w.run(vm)
}

/// One pending piece of the conversion.
enum Work {
    /// Convert a value. `pos` is the position of the attribute it came from (for
    /// traces and for list elements' traces); `copy`: copy paths to the store.
    Value { v: Value, pos: PosId, copy: bool },
    /// Continue peeling a set (`__toString`, `outPath`) with this value.
    Peel { v: Value, pos: PosId, copy: bool, through_to_string: bool },
    /// Literal output.
    Raw(&'static [u8]),
    /// An object key.
    Key(Sym),
    /// Enter a trace context.
    Enter(Frame),
    /// Leave the innermost trace context.
    Leave,
}

/// A context of the conversion, shown in traces of errors raised inside it.
#[derive(Clone, Copy)]
enum Frame {
    Attr { name: Sym, pos: PosId },
    ListElem { idx: usize, pos: PosId },
    ToStringCall { pos: PosId },
    ToStringResult { pos: PosId },
    OutPath { pos: PosId, v: Value },
}

/// What the value the VM resumes us with is.
enum Waiting {
    Nothing,
    /// A forced value: redo the top work item.
    Forced,
    /// The result of `__toString`, to peel further.
    ToString {
        pos: PosId,
        copy: bool,
    },
}

struct JsonWriter {
    /// Calls running around the conversion (see `check_depth`).
    base: usize,
    out: Vec<u8>,
    ctx: Vec<CtxElem>,
    work: Vec<Work>,
    path: Vec<Frame>,
    /// The first error the serializer would report (invalid UTF-8); raised at the end
    /// like Nix does, after everything has been evaluated.
    ser_err: Option<String>,
    waiting: Waiting,
}

/// At most this many trace frames are attached for the nesting path of an error.
const MAX_PATH_FRAMES: usize = 10_000;

impl JsonWriter {
    fn run(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        match self.step_all(vm) {
            Ok(None) => {}
            Ok(Some(Suspend::Force(v))) => {
                self.waiting = Waiting::Forced;
                return Ok(Step::Force(v, self));
            }
            Ok(Some(Suspend::Call(f, arg, pos, copy))) => {
                self.waiting = Waiting::ToString { pos, copy };
                return Ok(Step::Call(f, Args::one(arg), self));
            }
            Err(e) => return Err(self.traced(vm, e)),
        }
        if let Some(msg) = self.ser_err.take() {
            return Err(Error::eval(format!("JSON serialization error: {msg}")));
        }
        let s = NixString {
            bytes: std::mem::take(&mut self.out).into_boxed_slice(),
            context: if self.ctx.is_empty() { None } else { Some(std::mem::take(&mut self.ctx).into_boxed_slice()) },
        };
        Ok(Step::Done(vm.mk_string(s)))
    }

    /// Adds the trace lines of the current nesting path (innermost first).
    fn traced(&self, vm: &Vm, mut e: Error) -> Error {
        for f in self.path.iter().rev().take(MAX_PATH_FRAMES) {
            let (pos, msg) = match *f {
                Frame::Attr { name, pos } => (pos, format!("while evaluating attribute '{}'", vm.symbols.str(name))),
                Frame::ListElem { idx, pos } => (pos, format!("while evaluating list element at index {idx}")),
                Frame::ToStringCall { pos } => (pos, "while calling the `__toString` attribute".to_string()),
                Frame::ToStringResult { pos } => {
                    (pos, "while using the result of the `__toString` attribute".to_string())
                }
                Frame::OutPath { pos, v } => {
                    let how = if matches!(vm.heap.resolve(v), Value::Thunk(_)) { "evaluating" } else { "using" };
                    (pos, format!("while {how} the `outPath` attribute"))
                }
            };
            e = e.trace(vm.prog.span(pos), msg);
        }
        e
    }

    fn step_all(&mut self, vm: &mut Vm) -> EvalResult<Option<Suspend>> {
        while let Some(item) = self.work.pop() {
            vm.tick()?;
            vm.check_alloc(self.out.len())?;
            match item {
                Work::Raw(b) => self.out.extend_from_slice(b),
                Work::Key(name) => {
                    write_json_string(&mut self.out, vm.symbols.bytes(name), &mut self.ser_err);
                    self.out.push(b':');
                }
                Work::Enter(f) => self.path.push(f),
                Work::Leave => {
                    self.path.pop();
                }
                Work::Value { v, pos, copy } => {
                    if let Some(s) = self.value(vm, v, pos, copy)? {
                        return Ok(Some(s));
                    }
                }
                Work::Peel { v, pos, copy, through_to_string } => {
                    if let Some(s) = self.peel(vm, v, pos, copy, through_to_string)? {
                        return Ok(Some(s));
                    }
                }
            }
        }
        Ok(None)
    }

    /// The depth limit, counted as C++ Nix counts it: the calls around the
    /// conversion, then one for each value it nests in (the root's included). An
    /// error at the limit is placed at `pos`, where the value came from.
    fn check_depth(&self, vm: &Vm, pos: PosId) -> EvalResult<()> {
        if self.path.len().saturating_add(self.base) >= vm.opts.max_nesting_depth {
            return Err(Error::stack_overflow().at(vm.prog.span(pos)));
        }
        Ok(())
    }

    /// Converts one value; asks to be suspended if it needs evaluation.
    fn value(&mut self, vm: &mut Vm, v: Value, pos: PosId, copy: bool) -> EvalResult<Option<Suspend>> {
        self.check_depth(vm, pos)?;
        let r = vm.heap.resolve(v);
        if let Value::Thunk(t) = r {
            if let Thunk::Blackhole = vm.heap.thunk(t) {
                return Err(Error::infinite_recursion(t));
            }
            self.work.push(Work::Value { v: r, pos, copy });
            return Ok(Some(Suspend::Force(r)));
        }
        match r {
            Value::Null => self.out.extend_from_slice(b"null"),
            Value::Bool(b) => self.out.extend_from_slice(if b { b"true" } else { b"false" }),
            Value::Int(i) => self.out.extend_from_slice(crate::util::int_digits(i, &mut [0u8; 20])),
            Value::Float(f) => self.out.extend_from_slice(format_json_float(f).as_bytes()),
            Value::String(s) => {
                let st = vm.heap.string(s);
                merge_context(&mut self.ctx, st.context());
                write_json_string(&mut self.out, st.bytes, &mut self.ser_err);
            }
            Value::Path(p) => {
                let text = String::from_utf8_lossy(vm.heap.str_bytes(p)).into_owned();
                if copy {
                    vm.check_heap()?;
                    let sp = vm.store.copy_path(&*vm.io, &text).map_err(Error::eval)?;
                    write_json_string(&mut self.out, sp.as_bytes(), &mut self.ser_err);
                    merge_context(&mut self.ctx, &[CtxElem::from(sp)]);
                } else {
                    write_json_string(&mut self.out, text.as_bytes(), &mut self.ser_err);
                }
            }
            Value::List(l) => {
                let items = vm.heap.list(l);
                self.out.push(b'[');
                self.work.push(Work::Raw(b"]"));
                for (idx, &e) in items.iter().enumerate().rev() {
                    self.work.push(Work::Leave);
                    self.work.push(Work::Value { v: e, pos, copy });
                    self.work.push(Work::Enter(Frame::ListElem { idx, pos }));
                    if idx > 0 {
                        self.work.push(Work::Raw(b","));
                    }
                }
            }
            Value::Attrs(_) => return self.peel(vm, r, pos, copy, false),
            Value::Lambda(l, _) => {
                let at = vm.prog.lambdas.get(l.0 as usize).map(|i| i.pos).unwrap_or(pos);
                return Err(Error::eval("cannot convert a function to JSON").at(vm.prog.span(at)));
            }
            Value::Builtin(b) => {
                let name = vm.builtins.get(b as usize).map(|d| d.name).unwrap_or("?");
                return Err(
                    Error::eval(format!("cannot convert the built-in function '{name}' to JSON")).at(vm.prog.span(pos))
                );
            }
            Value::PrimOpApp(a) => {
                let b = vm.heap.app(a).builtin;
                let name = vm.builtins.get(b as usize).map(|d| d.name).unwrap_or("?");
                return Err(Error::eval(format!(
                    "cannot convert the partially applied built-in function '{name}' to JSON"
                ))
                .at(vm.prog.span(pos)));
            }
            Value::Thunk(_) => return Err(Error::eval("cannot convert a thunk to JSON")),
        }
        Ok(None)
    }

    /// Nix's `peelToStringOutPath`: follows `__toString` (called) and `outPath` until a
    /// value that is not such a set, which is then converted.
    fn peel(&mut self, vm: &mut Vm, v: Value, pos: PosId, copy: bool, through: bool) -> EvalResult<Option<Suspend>> {
        let r = vm.heap.resolve(v);
        if let Value::Thunk(t) = r {
            if let Thunk::Blackhole = vm.heap.thunk(t) {
                return Err(Error::infinite_recursion(t));
            }
            self.work.push(Work::Peel { v: r, pos, copy, through_to_string: through });
            return Ok(Some(Suspend::Force(r)));
        }
        let Value::Attrs(a) = r else {
            if through && !matches!(r, Value::String(_) | Value::Path(_)) {
                let ty = vm.heap.type_of(r).a();
                return Err(Error::eval(format!(
                    "`__toString` should return a string, but got {ty}: {}",
                    show_short(vm, r)
                ))
                .at(vm.prog.span(pos)));
            }
            return self.value(vm, r, pos, copy && !through);
        };
        let k = vm.known;
        if let Some(ts) = vm.heap.attr(a, k.to_string).copied() {
            // a `__toString` that returns its set again nests without end
            self.check_depth(vm, ts.pos)?;
            self.path.push(Frame::ToStringCall { pos: ts.pos });
            return Ok(Some(Suspend::Call(ts.value, r, ts.pos, copy)));
        }
        if let Some(op) = vm.heap.attr(a, k.out_path).copied() {
            self.check_depth(vm, op.pos)?;
            self.work.push(Work::Leave);
            self.work.push(Work::Peel { v: op.value, pos: op.pos, copy, through_to_string: through });
            self.path.push(Frame::OutPath { pos: op.pos, v: op.value });
            return Ok(None);
        }
        if through {
            return Err(Error::eval(format!(
                "`__toString` must return a string, but got a set: {}",
                show_short(vm, r)
            ))
            .at(vm.prog.span(pos)));
        }
        let entries: Vec<Attr> = nixlet_eval::print::sorted_attrs(vm, a);
        self.out.push(b'{');
        self.work.push(Work::Raw(b"}"));
        for (i, attr) in entries.into_iter().enumerate().rev() {
            self.work.push(Work::Leave);
            self.work.push(Work::Value { v: attr.value, pos: attr.pos, copy });
            self.work.push(Work::Enter(Frame::Attr { name: attr.name, pos: attr.pos }));
            self.work.push(Work::Key(attr.name));
            if i > 0 {
                self.work.push(Work::Raw(b","));
            }
        }
        Ok(None)
    }
}

enum Suspend {
    Force(Value),
    /// Call `__toString` (first) on the set (second); its attribute position; copy flag.
    Call(Value, Value, PosId, bool),
}

impl Cont for JsonWriter {
    fn resume(mut self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step> {
        match std::mem::replace(&mut self.waiting, Waiting::Nothing) {
            Waiting::ToString { pos, copy } => {
                // the call is done: its result is peeled further (and must end in a string)
                self.path.pop();
                self.work.push(Work::Leave);
                self.work.push(Work::Peel { v, pos, copy, through_to_string: true });
                self.path.push(Frame::ToStringResult { pos });
            }
            Waiting::Forced | Waiting::Nothing => {}
        }
        self.run(vm)
    }

    fn on_error(self: Box<Self>, vm: &mut Vm, e: Error) -> EvalResult<Step> {
        Err(self.traced(vm, e))
    }
}

/// A float as nlohmann/json writes it: the shortest digits that read back to the same
/// double, in `%g`-like layout with at least one fractional digit; NaN and infinities
/// become `null`.
pub(crate) fn format_json_float(f: f64) -> String {
    if !f.is_finite() {
        return "null".into();
    }
    let mut s = String::new();
    if f.is_sign_negative() {
        s.push('-');
    }
    let a = f.abs();
    if a == 0.0 {
        s.push_str("0.0");
        return s;
    }
    let sci = format!("{a:e}");
    let (mant, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let k = digits.len() as i32;
    let n = exp + 1;
    if k <= n && n <= 15 {
        s.push_str(&digits);
        s.extend(std::iter::repeat_n('0', (n - k) as usize));
        s.push_str(".0");
    } else if 0 < n && n <= 15 {
        let (a, b) = digits.split_at(n as usize);
        s.push_str(a);
        s.push('.');
        s.push_str(b);
    } else if -4 < n && n <= 0 {
        s.push_str("0.");
        s.extend(std::iter::repeat_n('0', (-n) as usize));
        s.push_str(&digits);
    } else {
        let (first, rest) = digits.split_at(1);
        s.push_str(first);
        if !rest.is_empty() {
            s.push('.');
            s.push_str(rest);
        }
        let e = n - 1;
        s.push('e');
        s.push(if e < 0 { '-' } else { '+' });
        s.push_str(&format!("{:02}", e.abs()));
    }
    s
}

/// Appends `b` as a JSON string literal. Invalid UTF-8 is recorded in `err` (first one
/// only) with nlohmann/json's message.
/// A character a JSON string holds as itself (printable ASCII but `"` and `\\`).
fn is_plain_json_char(c: u8) -> bool {
    (0x20..=0x7f).contains(&c) && c != b'"' && c != b'\\'
}

fn write_json_string(out: &mut Vec<u8>, b: &[u8], err: &mut Option<String>) {
    out.reserve(b.len() + 2);
    out.push(b'"');
    let mut i = 0;
    while i < b.len() {
        // a run of characters written as they are, at once
        let run = b[i..].iter().position(|&c| !is_plain_json_char(c)).unwrap_or(b.len() - i);
        out.extend_from_slice(&b[i..i + run]);
        i += run;
        let Some(&c) = b.get(i) else { break };
        match c {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            0..=0x1f => out.extend_from_slice(format!("\\u{c:04x}").as_bytes()),
            0x20..=0x7f => out.push(c),
            _ => {
                // a multi-byte sequence: validate it like a strict UTF-8 decoder
                let (need, lo, hi) = match c {
                    0xc2..=0xdf => (1, 0x80, 0xbf),
                    0xe0 => (2, 0xa0, 0xbf),
                    0xe1..=0xec | 0xee..=0xef => (2, 0x80, 0xbf),
                    0xed => (2, 0x80, 0x9f),
                    0xf0 => (3, 0x90, 0xbf),
                    0xf1..=0xf3 => (3, 0x80, 0xbf),
                    0xf4 => (3, 0x80, 0x8f),
                    _ => {
                        record_utf8_error(err, i, c);
                        out.push(c);
                        i += 1;
                        continue;
                    }
                };
                let mut j = 1;
                let mut ok = true;
                while j <= need {
                    let Some(&cc) = b.get(i + j) else {
                        if err.is_none() {
                            let last = b.last().copied().unwrap_or(0);
                            *err = Some(format!(
                                "[json.exception.type_error.316] incomplete UTF-8 string; last byte: 0x{last:02X}"
                            ));
                        }
                        ok = false;
                        break;
                    };
                    let (l, h) = if j == 1 { (lo, hi) } else { (0x80, 0xbf) };
                    if cc < l || cc > h {
                        record_utf8_error(err, i + j, cc);
                        ok = false;
                        break;
                    }
                    j += 1;
                }
                let end = if ok { i + need + 1 } else { (i + j).min(b.len()) };
                out.extend_from_slice(&b[i..end]);
                i = end;
                continue;
            }
        }
        i += 1;
    }
    out.push(b'"');
}

fn record_utf8_error(err: &mut Option<String>, index: usize, byte: u8) {
    if err.is_none() {
        *err = Some(format!("[json.exception.type_error.316] invalid UTF-8 byte at index {index}: 0x{byte:02X}"));
    }
}

// ------------------------------------------------------------------ fromJSON

fn from_json(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let s = vm.want_string_no_ctx(args[0], "while evaluating the first argument passed to builtins.fromJSON")?;
    match parse_json(vm, &s) {
        Ok(v) => Ok(Step::Done(v)),
        Err(JsonError::Parse(msg)) => Err(Error::eval(msg).trace(None, "while decoding a JSON string")),
        Err(JsonError::Other(e)) => Err(e),
    }
}

enum JsonError {
    /// A syntax error (Nix adds "while decoding a JSON string").
    Parse(String),
    /// Any other error (NUL bytes, integer range).
    Other(Error),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tok {
    Uninitialized,
    True,
    False,
    Null,
    Str,
    Unsigned,
    Integer,
    Float,
    BeginArray,
    BeginObject,
    EndArray,
    EndObject,
    NameSep,
    ValueSep,
    ParseError,
    EndOfInput,
    LiteralOrValue,
}

fn tok_name(t: Tok) -> &'static str {
    match t {
        Tok::Uninitialized => "<uninitialized>",
        Tok::True => "true literal",
        Tok::False => "false literal",
        Tok::Null => "null literal",
        Tok::Str => "string literal",
        Tok::Unsigned | Tok::Integer | Tok::Float => "number literal",
        Tok::BeginArray => "'['",
        Tok::BeginObject => "'{'",
        Tok::EndArray => "']'",
        Tok::EndObject => "'}'",
        Tok::NameSep => "':'",
        Tok::ValueSep => "','",
        Tok::ParseError => "<parse error>",
        Tok::EndOfInput => "end of input",
        Tok::LiteralOrValue => "'[', '{', or a literal",
    }
}

/// A byte-level JSON lexer with nlohmann/json's position and excerpt bookkeeping.
struct Lexer<'a> {
    input: &'a [u8],
    next: usize,
    current: Option<u8>,
    unget_pending: bool,
    chars_total: usize,
    chars_line: usize,
    lines: usize,
    token_string: Vec<u8>,
    buf: Vec<u8>,
    error_message: &'static str,
    v_int: i64,
    v_uns: u64,
    v_float: f64,
}

impl<'a> Lexer<'a> {
    fn new(input: &'a [u8]) -> Self {
        Lexer {
            input,
            next: 0,
            current: None,
            unget_pending: false,
            chars_total: 0,
            chars_line: 0,
            lines: 0,
            token_string: Vec::new(),
            buf: Vec::new(),
            error_message: "",
            v_int: 0,
            v_uns: 0,
            v_float: 0.0,
        }
    }

    fn get(&mut self) -> Option<u8> {
        self.chars_total += 1;
        self.chars_line += 1;
        if self.unget_pending {
            self.unget_pending = false;
        } else {
            self.current = self.input.get(self.next).copied();
            self.next += 1;
        }
        if let Some(c) = self.current {
            self.token_string.push(c);
            if c == b'\n' {
                self.lines += 1;
                self.chars_line = 0;
            }
        }
        self.current
    }

    fn unget(&mut self) {
        self.unget_pending = true;
        self.chars_total = self.chars_total.saturating_sub(1);
        if self.chars_line == 0 {
            self.lines = self.lines.saturating_sub(1);
        } else {
            self.chars_line -= 1;
        }
        if self.current.is_some() {
            self.token_string.pop();
        }
    }

    fn reset(&mut self) {
        self.buf.clear();
        self.token_string.clear();
        if let Some(c) = self.current {
            self.token_string.push(c);
        }
    }

    fn token_excerpt(&self) -> String {
        let mut out = Vec::new();
        for &c in &self.token_string {
            if c <= 0x1f {
                out.extend_from_slice(format!("<U+{c:04X}>").as_bytes());
            } else {
                out.push(c);
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    fn position(&self) -> String {
        format!("line {}, column {}", self.lines + 1, self.chars_line)
    }

    fn scan(&mut self) -> Tok {
        if self.chars_total == 0 && !self.skip_bom() {
            self.error_message = "invalid BOM; must be 0xEF 0xBB 0xBF if given";
            return Tok::ParseError;
        }
        loop {
            self.get();
            if !matches!(self.current, Some(b' ' | b'\t' | b'\n' | b'\r')) {
                break;
            }
        }
        match self.current {
            Some(b'[') => Tok::BeginArray,
            Some(b']') => Tok::EndArray,
            Some(b'{') => Tok::BeginObject,
            Some(b'}') => Tok::EndObject,
            Some(b':') => Tok::NameSep,
            Some(b',') => Tok::ValueSep,
            Some(b't') => self.scan_literal(b"true", Tok::True),
            Some(b'f') => self.scan_literal(b"false", Tok::False),
            Some(b'n') => self.scan_literal(b"null", Tok::Null),
            Some(b'"') => self.scan_string(),
            Some(b'-' | b'0'..=b'9') => self.scan_number(),
            Some(0) | None => Tok::EndOfInput,
            Some(_) => {
                self.error_message = "invalid literal";
                Tok::ParseError
            }
        }
    }

    fn skip_bom(&mut self) -> bool {
        if self.get() == Some(0xef) {
            return self.get() == Some(0xbb) && self.get() == Some(0xbf);
        }
        self.unget();
        true
    }

    fn scan_literal(&mut self, lit: &[u8], tok: Tok) -> Tok {
        for &want in &lit[1..] {
            if self.get() != Some(want) {
                self.error_message = "invalid literal";
                return Tok::ParseError;
            }
        }
        tok
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut cp = 0u32;
        for _ in 0..4 {
            let d = match self.get() {
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                _ => return None,
            };
            cp = cp * 16 + d as u32;
        }
        Some(cp)
    }

    fn bytes_in_ranges(&mut self, ranges: &[(u8, u8)]) -> bool {
        if let Some(c) = self.current {
            self.buf.push(c);
        }
        for &(lo, hi) in ranges {
            match self.get() {
                Some(c) if (lo..=hi).contains(&c) => self.buf.push(c),
                _ => {
                    self.error_message = "invalid string: ill-formed UTF-8 byte";
                    return false;
                }
            }
        }
        true
    }

    fn scan_string(&mut self) -> Tok {
        self.reset();
        loop {
            // a run of plain characters at once: what `get` and the `0x20..=0x7f`
            // arm below do for each of them (none is a newline)
            if !self.unget_pending {
                let rest = self.input.get(self.next..).unwrap_or_default();
                let n = rest.iter().position(|&c| !is_plain_json_char(c)).unwrap_or(rest.len());
                if let Some(&last) = rest[..n].last() {
                    self.buf.extend_from_slice(&rest[..n]);
                    self.token_string.extend_from_slice(&rest[..n]);
                    self.chars_total += n;
                    self.chars_line += n;
                    self.next += n;
                    self.current = Some(last);
                }
            }
            let Some(c) = self.get() else {
                self.error_message = "invalid string: missing closing quote";
                return Tok::ParseError;
            };
            match c {
                b'"' => return Tok::Str,
                b'\\' => match self.get() {
                    Some(b'"') => self.buf.push(b'"'),
                    Some(b'\\') => self.buf.push(b'\\'),
                    Some(b'/') => self.buf.push(b'/'),
                    Some(b'b') => self.buf.push(0x08),
                    Some(b'f') => self.buf.push(0x0c),
                    Some(b'n') => self.buf.push(b'\n'),
                    Some(b'r') => self.buf.push(b'\r'),
                    Some(b't') => self.buf.push(b'\t'),
                    Some(b'u') => {
                        let Some(cp1) = self.hex4() else {
                            self.error_message = "invalid string: '\\u' must be followed by 4 hex digits";
                            return Tok::ParseError;
                        };
                        let mut cp = cp1;
                        if (0xd800..=0xdbff).contains(&cp1) {
                            if self.get() == Some(b'\\') && self.get() == Some(b'u') {
                                let Some(cp2) = self.hex4() else {
                                    self.error_message = "invalid string: '\\u' must be followed by 4 hex digits";
                                    return Tok::ParseError;
                                };
                                if (0xdc00..=0xdfff).contains(&cp2) {
                                    cp = ((cp1 - 0xd800) << 10) + (cp2 - 0xdc00) + 0x10000;
                                } else {
                                    self.error_message =
                                        "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF";
                                    return Tok::ParseError;
                                }
                            } else {
                                self.error_message =
                                    "invalid string: surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF";
                                return Tok::ParseError;
                            }
                        } else if (0xdc00..=0xdfff).contains(&cp1) {
                            self.error_message = "invalid string: surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF";
                            return Tok::ParseError;
                        }
                        let ch = char::from_u32(cp).unwrap_or('\u{fffd}');
                        let mut tmp = [0u8; 4];
                        self.buf.extend_from_slice(ch.encode_utf8(&mut tmp).as_bytes());
                    }
                    _ => {
                        self.error_message = "invalid string: forbidden character after backslash";
                        return Tok::ParseError;
                    }
                },
                0x00..=0x1f => {
                    self.error_message = control_message(c);
                    return Tok::ParseError;
                }
                0x20..=0x7f => self.buf.push(c),
                0xc2..=0xdf => {
                    if !self.bytes_in_ranges(&[(0x80, 0xbf)]) {
                        return Tok::ParseError;
                    }
                }
                0xe0 => {
                    if !self.bytes_in_ranges(&[(0xa0, 0xbf), (0x80, 0xbf)]) {
                        return Tok::ParseError;
                    }
                }
                0xe1..=0xec | 0xee..=0xef => {
                    if !self.bytes_in_ranges(&[(0x80, 0xbf), (0x80, 0xbf)]) {
                        return Tok::ParseError;
                    }
                }
                0xed => {
                    if !self.bytes_in_ranges(&[(0x80, 0x9f), (0x80, 0xbf)]) {
                        return Tok::ParseError;
                    }
                }
                0xf0 => {
                    if !self.bytes_in_ranges(&[(0x90, 0xbf), (0x80, 0xbf), (0x80, 0xbf)]) {
                        return Tok::ParseError;
                    }
                }
                0xf1..=0xf3 => {
                    if !self.bytes_in_ranges(&[(0x80, 0xbf), (0x80, 0xbf), (0x80, 0xbf)]) {
                        return Tok::ParseError;
                    }
                }
                0xf4 => {
                    if !self.bytes_in_ranges(&[(0x80, 0x8f), (0x80, 0xbf), (0x80, 0xbf)]) {
                        return Tok::ParseError;
                    }
                }
                _ => {
                    self.error_message = "invalid string: ill-formed UTF-8 byte";
                    return Tok::ParseError;
                }
            }
        }
    }

    fn digits(&mut self) {
        while let Some(c @ b'0'..=b'9') = self.get() {
            self.buf.push(c);
        }
    }

    fn scan_number(&mut self) -> Tok {
        self.reset();
        let mut kind = Tok::Unsigned;
        let first = self.current.unwrap_or(b'0');
        self.buf.push(first);
        if first == b'-' {
            kind = Tok::Integer;
            match self.get() {
                Some(c @ b'0'..=b'9') => self.buf.push(c),
                _ => {
                    self.error_message = "invalid number; expected digit after '-'";
                    return Tok::ParseError;
                }
            }
        }
        // after the first digit: more digits unless it was a zero
        let lead_zero = self.buf.last() == Some(&b'0');
        let mut c = self.get();
        if !lead_zero {
            while let Some(d @ b'0'..=b'9') = c {
                self.buf.push(d);
                c = self.get();
            }
        }
        if c == Some(b'.') {
            self.buf.push(b'.');
            kind = Tok::Float;
            match self.get() {
                Some(d @ b'0'..=b'9') => self.buf.push(d),
                _ => {
                    self.error_message = "invalid number; expected digit after '.'";
                    return Tok::ParseError;
                }
            }
            self.digits();
            c = self.current;
        }
        if let Some(e @ (b'e' | b'E')) = c {
            self.buf.push(e);
            kind = Tok::Float;
            match self.get() {
                Some(s @ (b'+' | b'-')) => {
                    self.buf.push(s);
                    match self.get() {
                        Some(d @ b'0'..=b'9') => self.buf.push(d),
                        _ => {
                            self.error_message = "invalid number; expected digit after exponent sign";
                            return Tok::ParseError;
                        }
                    }
                }
                Some(d @ b'0'..=b'9') => self.buf.push(d),
                _ => {
                    self.error_message = "invalid number; expected '+', '-', or digit after exponent";
                    return Tok::ParseError;
                }
            }
            self.digits();
        }
        self.unget();
        let text = std::str::from_utf8(&self.buf).unwrap_or("0");
        match kind {
            Tok::Unsigned => {
                if let Ok(u) = text.parse::<u64>() {
                    self.v_uns = u;
                    return Tok::Unsigned;
                }
            }
            Tok::Integer => {
                if let Ok(i) = text.parse::<i64>() {
                    self.v_int = i;
                    return Tok::Integer;
                }
            }
            _ => {}
        }
        self.v_float = text.parse::<f64>().unwrap_or(f64::NAN);
        Tok::Float
    }
}

fn control_message(c: u8) -> &'static str {
    const MSGS: [&str; 32] = [
        "invalid string: control character U+0000 (NUL) must be escaped to \\u0000",
        "invalid string: control character U+0001 (SOH) must be escaped to \\u0001",
        "invalid string: control character U+0002 (STX) must be escaped to \\u0002",
        "invalid string: control character U+0003 (ETX) must be escaped to \\u0003",
        "invalid string: control character U+0004 (EOT) must be escaped to \\u0004",
        "invalid string: control character U+0005 (ENQ) must be escaped to \\u0005",
        "invalid string: control character U+0006 (ACK) must be escaped to \\u0006",
        "invalid string: control character U+0007 (BEL) must be escaped to \\u0007",
        "invalid string: control character U+0008 (BS) must be escaped to \\u0008 or \\b",
        "invalid string: control character U+0009 (HT) must be escaped to \\u0009 or \\t",
        "invalid string: control character U+000A (LF) must be escaped to \\u000A or \\n",
        "invalid string: control character U+000B (VT) must be escaped to \\u000B",
        "invalid string: control character U+000C (FF) must be escaped to \\u000C or \\f",
        "invalid string: control character U+000D (CR) must be escaped to \\u000D or \\r",
        "invalid string: control character U+000E (SO) must be escaped to \\u000E",
        "invalid string: control character U+000F (SI) must be escaped to \\u000F",
        "invalid string: control character U+0010 (DLE) must be escaped to \\u0010",
        "invalid string: control character U+0011 (DC1) must be escaped to \\u0011",
        "invalid string: control character U+0012 (DC2) must be escaped to \\u0012",
        "invalid string: control character U+0013 (DC3) must be escaped to \\u0013",
        "invalid string: control character U+0014 (DC4) must be escaped to \\u0014",
        "invalid string: control character U+0015 (NAK) must be escaped to \\u0015",
        "invalid string: control character U+0016 (SYN) must be escaped to \\u0016",
        "invalid string: control character U+0017 (ETB) must be escaped to \\u0017",
        "invalid string: control character U+0018 (CAN) must be escaped to \\u0018",
        "invalid string: control character U+0019 (EM) must be escaped to \\u0019",
        "invalid string: control character U+001A (SUB) must be escaped to \\u001A",
        "invalid string: control character U+001B (ESC) must be escaped to \\u001B",
        "invalid string: control character U+001C (FS) must be escaped to \\u001C",
        "invalid string: control character U+001D (GS) must be escaped to \\u001D",
        "invalid string: control character U+001E (RS) must be escaped to \\u001E",
        "invalid string: control character U+001F (US) must be escaped to \\u001F",
    ];
    MSGS.get(c as usize).copied().unwrap_or("invalid string: ill-formed UTF-8 byte")
}

/// The "input string … contains null bytes" error of Nix's `forceNoNullByte`.
pub(crate) fn null_byte_error(b: &[u8]) -> Option<Error> {
    if !b.contains(&0) {
        return None;
    }
    let shown = String::from_utf8_lossy(b).replace('\0', "␀");
    Some(Error::eval(format!(
        "input string '{shown}' cannot be represented as Nix string because it contains null bytes"
    )))
}

/// A container being built.
enum Building {
    Array(Vec<Value>),
    Object(Vec<(Sym, Value)>, Option<Sym>),
}

struct Parser<'a, 'v> {
    lx: Lexer<'a>,
    last: Tok,
    vm: &'v mut Vm,
    stack: Vec<Building>,
    result: Option<Value>,
}

impl Parser<'_, '_> {
    fn get_token(&mut self) -> Tok {
        self.last = self.lx.scan();
        self.last
    }

    fn syntax_error(&self, expected: Tok, context: &str) -> JsonError {
        let mut msg = format!("syntax error while parsing {context} - ");
        if self.last == Tok::ParseError {
            msg.push_str(&format!("{}; last read: '{}'", self.lx.error_message, self.lx.token_excerpt()));
        } else {
            msg.push_str(&format!("unexpected {}", tok_name(self.last)));
        }
        if expected != Tok::Uninitialized {
            msg.push_str(&format!("; expected {}", tok_name(expected)));
        }
        JsonError::Parse(format!("[json.exception.parse_error.101] parse error at {}: {msg}", self.lx.position()))
    }

    fn emit(&mut self, v: Value) {
        match self.stack.last_mut() {
            None => self.result = Some(v),
            Some(Building::Array(items)) => items.push(v),
            Some(Building::Object(pairs, key)) => {
                if let Some(k) = key.take() {
                    pairs.push((k, v));
                }
            }
        }
    }

    fn key(&mut self) -> Result<(), JsonError> {
        if let Some(e) = null_byte_error(&self.lx.buf) {
            return Err(JsonError::Other(e));
        }
        let sym = self.vm.symbols.intern_bytes(&self.lx.buf);
        if let Some(Building::Object(_, key)) = self.stack.last_mut() {
            *key = Some(sym);
        }
        Ok(())
    }

    fn close(&mut self) {
        let v = match self.stack.pop() {
            Some(Building::Array(items)) => self.vm.mk_list(&items),
            Some(Building::Object(pairs, _)) => self.vm.mk_attrs(pairs),
            None => return,
        };
        self.emit(v);
    }

    /// The value loop of nlohmann/json's SAX parser, with an explicit stack.
    fn parse(&mut self) -> Result<(), JsonError> {
        // true: inside an array; false: inside an object
        let mut states: Vec<bool> = Vec::new();
        let mut skip_to_state = false;
        self.get_token();
        loop {
            if !skip_to_state {
                match self.last {
                    Tok::BeginObject => {
                        self.stack.push(Building::Object(Vec::new(), None));
                        if self.get_token() == Tok::EndObject {
                            self.close();
                        } else {
                            if self.last != Tok::Str {
                                return Err(self.syntax_error(Tok::Str, "object key"));
                            }
                            self.key()?;
                            if self.get_token() != Tok::NameSep {
                                return Err(self.syntax_error(Tok::NameSep, "object separator"));
                            }
                            states.push(false);
                            self.get_token();
                            continue;
                        }
                    }
                    Tok::BeginArray => {
                        self.stack.push(Building::Array(Vec::new()));
                        if self.get_token() == Tok::EndArray {
                            self.close();
                        } else {
                            states.push(true);
                            continue;
                        }
                    }
                    Tok::Float => {
                        let f = self.lx.v_float;
                        if !f.is_finite() {
                            return Err(JsonError::Parse(format!(
                                "[json.exception.out_of_range.406] number overflow parsing '{}'",
                                self.lx.token_excerpt()
                            )));
                        }
                        self.emit(Value::Float(f));
                    }
                    Tok::False => self.emit(Value::Bool(false)),
                    Tok::True => self.emit(Value::Bool(true)),
                    Tok::Null => self.emit(Value::Null),
                    Tok::Integer => self.emit(Value::Int(self.lx.v_int)),
                    Tok::Unsigned => {
                        let u = self.lx.v_uns;
                        let Ok(i) = i64::try_from(u) else {
                            return Err(JsonError::Other(Error::eval(format!(
                                "unsigned json number {u} outside of Nix integer range"
                            ))));
                        };
                        self.emit(Value::Int(i));
                    }
                    Tok::Str => {
                        if let Some(e) = null_byte_error(&self.lx.buf) {
                            return Err(JsonError::Other(e));
                        }
                        let v = self.vm.mk_str(&self.lx.buf);
                        self.emit(v);
                    }
                    Tok::ParseError => return Err(self.syntax_error(Tok::Uninitialized, "value")),
                    Tok::EndOfInput => {
                        if self.lx.chars_total == 1 {
                            return Err(JsonError::Parse(format!(
                                "[json.exception.parse_error.101] parse error at {}: attempting to parse an empty input; check that your input string or stream contains the expected JSON",
                                self.lx.position()
                            )));
                        }
                        return Err(self.syntax_error(Tok::LiteralOrValue, "value"));
                    }
                    _ => return Err(self.syntax_error(Tok::LiteralOrValue, "value")),
                }
            } else {
                skip_to_state = false;
            }
            let Some(&in_array) = states.last() else {
                return Ok(());
            };
            if in_array {
                if self.get_token() == Tok::ValueSep {
                    self.get_token();
                    continue;
                }
                if self.last == Tok::EndArray {
                    self.close();
                    states.pop();
                    skip_to_state = true;
                    continue;
                }
                return Err(self.syntax_error(Tok::EndArray, "array"));
            }
            if self.get_token() == Tok::ValueSep {
                if self.get_token() != Tok::Str {
                    return Err(self.syntax_error(Tok::Str, "object key"));
                }
                self.key()?;
                if self.get_token() != Tok::NameSep {
                    return Err(self.syntax_error(Tok::NameSep, "object separator"));
                }
                self.get_token();
                continue;
            }
            if self.last == Tok::EndObject {
                self.close();
                states.pop();
                skip_to_state = true;
                continue;
            }
            return Err(self.syntax_error(Tok::EndObject, "object"));
        }
    }
}

fn parse_json(vm: &mut Vm, text: &[u8]) -> Result<Value, JsonError> {
    let mut p = Parser { lx: Lexer::new(text), last: Tok::Uninitialized, vm, stack: Vec::new(), result: None };
    p.parse()?;
    if p.get_token() != Tok::EndOfInput {
        return Err(p.syntax_error(Tok::EndOfInput, "value"));
    }
    Ok(p.result.unwrap_or(Value::Null))
}

#[cfg(test)]
mod tests {
    use super::format_json_float;

    #[test]
    fn floats_like_nlohmann() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (1.44, "1.44"),
            (-0.0, "-0.0"),
            (0.1, "0.1"),
            (1e15, "1e+15"),
            (1e14, "100000000000000.0"),
            (123456789.0, "123456789.0"),
            (1e16, "1e+16"),
            (1.5e-7, "1.5e-07"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (123456.789, "123456.789"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (f64::NAN, "null"),
        ];
        for (f, s) in cases {
            assert_eq!(format_json_float(*f), *s, "{f}");
        }
    }
}
