//! Printing values: `nix-instantiate --eval` output, short forms for error messages,
//! and deep forcing (`--strict`, `deepSeq`).
//!
//! All walks over values use explicit stacks: printing or forcing a 10-million-deep
//! structure never recurses natively.

use crate::builtin::{Cont, Step};
use crate::error::{Error, EvalResult};
use crate::value::*;
use crate::vm::Vm;
use rustc_hash::FxHashSet;

/// Formats a float like C++ `ostream << double` (`%g`, 6 significant digits).
pub fn format_float(f: f64) -> String {
    if f.is_nan() {
        return if f.is_sign_negative() { "-nan".into() } else { "nan".into() };
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf".into() } else { "inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let sci = format!("{:.5e}", f);
    let (mant, exp) = match sci.split_once('e') {
        Some((m, e)) => (m.to_string(), e.parse::<i32>().unwrap_or(0)),
        None => (sci.clone(), 0),
    };
    if !(-4..6).contains(&exp) {
        let m = trim_zeros(&mant);
        format!("{}e{}{:02}", m, if exp < 0 { '-' } else { '+' }, exp.abs())
    } else {
        let decimals = (5 - exp).max(0) as usize;
        trim_zeros(&format!("{:.*}", decimals, f))
    }
}

fn trim_zeros(s: &str) -> String {
    if s.contains('.') { s.trim_end_matches('0').trim_end_matches('.').to_string() } else { s.to_string() }
}

/// Appends a string literal with Nix's escapes.
pub fn push_string_literal(out: &mut Vec<u8>, b: &[u8], max: usize) {
    out.push(b'"');
    let mut i = 0;
    while i < b.len() {
        if i >= max {
            out.extend_from_slice(b"\" ");
            let rest = b.len() - i;
            out.extend_from_slice(format!("«{} {} elided»", rest, if rest == 1 { "byte" } else { "bytes" }).as_bytes());
            return;
        }
        match b[i] {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'$' if b.get(i + 1) == Some(&b'{') => out.extend_from_slice(b"\\$"),
            c => out.push(c),
        }
        i += 1;
    }
    out.push(b'"');
}

/// Appends an attribute name, quoted unless it is a plain identifier.
pub fn push_attr_name(out: &mut Vec<u8>, name: &[u8]) {
    let keyword =
        matches!(name, b"if" | b"then" | b"else" | b"assert" | b"with" | b"let" | b"in" | b"rec" | b"inherit");
    let plain = !name.is_empty()
        && !keyword
        && matches!(name[0], b'a'..=b'z' | b'A'..=b'Z' | b'_')
        && name.iter().all(|c| matches!(c, b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'\'' | b'-'));
    if plain {
        out.extend_from_slice(name);
    } else {
        push_string_literal(out, name, usize::MAX);
    }
}

/// Entries of an attribute set in the order users see (by name bytes).
pub fn sorted_attrs(vm: &Vm, a: AttrsId) -> Vec<Attr> {
    let mut v: Vec<Attr> = vm.heap.attrs_vec(a);
    v.sort_by(|x, y| vm.symbols.bytes(x.name).cmp(vm.symbols.bytes(y.name)));
    v
}

enum Item {
    Val(Value, bool),
    Raw(&'static [u8]),
    Name(crate::symbol::Sym),
}

/// Prints a value as `nix-instantiate --eval` does (values not yet evaluated print
/// as `<CODE>`; use [`deep_force`] first for `--strict`).
pub fn print_value(vm: &Vm, v: Value) -> Vec<u8> {
    let mut out = Vec::new();
    let mut seen_attrs: FxHashSet<AttrsId> = FxHashSet::default();
    // Lists are identified like Nix identifies them (by the value slot): a list
    // reached through a thunk is that thunk; one stored directly is its storage;
    // the top-level value is a copy and is never "seen".
    let mut seen_lists: FxHashSet<(u32, u32)> = FxHashSet::default();
    let mut stack = vec![Item::Val(v, true)];
    while let Some(item) = stack.pop() {
        match item {
            Item::Raw(r) => out.extend_from_slice(r),
            Item::Name(n) => {
                push_attr_name(&mut out, vm.symbols.bytes(n));
                out.extend_from_slice(b" = ");
            }
            Item::Val(v, top) => match vm.heap.resolve(v) {
                Value::List(l) if l.len > 0 && !top => {
                    let id = match v {
                        Value::Thunk(t) => (u32::MAX, t.0),
                        _ => (l.start, l.len),
                    };
                    if !seen_lists.insert(id) {
                        out.extend_from_slice("«repeated»".as_bytes());
                        continue;
                    }
                    out.extend_from_slice(b"[ ");
                    stack.push(Item::Raw(b"]"));
                    for e in vm.heap.list(l).iter().rev() {
                        stack.push(Item::Raw(b" "));
                        stack.push(Item::Val(*e, false));
                    }
                }
                Value::Null => out.extend_from_slice(b"null"),
                Value::Bool(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
                Value::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
                Value::Float(f) => out.extend_from_slice(format_float(f).as_bytes()),
                Value::String(s) => push_string_literal(&mut out, vm.heap.str_bytes(s), usize::MAX),
                Value::Path(p) => out.extend_from_slice(vm.heap.str_bytes(p)),
                Value::Lambda(..) => out.extend_from_slice(b"<LAMBDA>"),
                Value::Builtin(_) => out.extend_from_slice(b"<PRIMOP>"),
                Value::PrimOpApp(_) => out.extend_from_slice(b"<PRIMOP-APP>"),
                Value::Thunk(_) => out.extend_from_slice(b"<CODE>"),
                Value::Attrs(a) => {
                    if !a.is_empty() && !seen_attrs.insert(a) {
                        out.extend_from_slice("«repeated»".as_bytes());
                        continue;
                    }
                    out.extend_from_slice(b"{ ");
                    stack.push(Item::Raw(b"}"));
                    for attr in sorted_attrs(vm, a).into_iter().rev() {
                        stack.push(Item::Raw(b"; "));
                        stack.push(Item::Val(attr.value, false));
                        stack.push(Item::Name(attr.name));
                    }
                }
                Value::List(l) => {
                    out.extend_from_slice(b"[ ");
                    stack.push(Item::Raw(b"]"));
                    for e in vm.heap.list(l).iter().rev() {
                        stack.push(Item::Raw(b" "));
                        stack.push(Item::Val(*e, false));
                    }
                }
            },
        }
    }
    out
}

/// A short rendering of a value for error messages (like Nix's `ValuePrinter` with
/// its error options: depth 10, 10 attributes, 10 list items, 1024 bytes of string).
pub fn show_short(vm: &Vm, v: Value) -> String {
    let mut out = Vec::new();
    let mut budget_attrs = 10usize;
    let mut budget_items = 10usize;
    show_rec(vm, v, 0, &mut out, &mut budget_attrs, &mut budget_items);
    String::from_utf8_lossy(&out).into_owned()
}

fn show_rec(vm: &Vm, v: Value, depth: usize, out: &mut Vec<u8>, attrs_left: &mut usize, items_left: &mut usize) {
    match vm.heap.resolve(v) {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Bool(b) => out.extend_from_slice(if b { b"true" } else { b"false" }),
        Value::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
        Value::Float(f) => out.extend_from_slice(format_float(f).as_bytes()),
        Value::String(s) => push_string_literal(out, vm.heap.str_bytes(s), 1024),
        Value::Path(p) => out.extend_from_slice(vm.heap.str_bytes(p)),
        Value::Lambda(l, _) => {
            out.extend_from_slice("«lambda".as_bytes());
            if let Some(info) = vm.prog.lambdas.get(l.0 as usize) {
                if let Some(n) = info.name {
                    out.push(b' ');
                    out.extend_from_slice(vm.symbols.bytes(n));
                }
                if let Some(span) = vm.prog.span(info.pos) {
                    out.extend_from_slice(b" @ ");
                    out.extend_from_slice(vm.sources.describe(span).as_bytes());
                }
            }
            out.extend_from_slice("»".as_bytes());
        }
        Value::Builtin(b) => {
            let name = vm.builtins.get(b as usize).map(|d| d.name).unwrap_or("?");
            out.extend_from_slice(format!("«primop {name}»").as_bytes());
        }
        Value::PrimOpApp(a) => {
            let app = vm.heap.app(a);
            let name = vm.builtins.get(app.builtin as usize).map(|d| d.name).unwrap_or("?");
            out.extend_from_slice(format!("«partially applied primop {name}»").as_bytes());
        }
        Value::Thunk(t) => match vm.heap.thunk(t) {
            Thunk::Blackhole => out.extend_from_slice("«potential infinite recursion»".as_bytes()),
            _ => out.extend_from_slice("«thunk»".as_bytes()),
        },
        Value::Attrs(a) => {
            if depth >= 10 {
                out.extend_from_slice(b"{ ... }");
                return;
            }
            out.push(b'{');
            let entries = sorted_attrs(vm, a);
            let total = entries.len();
            for (i, attr) in entries.into_iter().enumerate() {
                out.push(b' ');
                if *attrs_left == 0 {
                    let rest = total - i;
                    out.extend_from_slice(
                        format!("«{} {} elided»", rest, if rest == 1 { "attribute" } else { "attributes" }).as_bytes(),
                    );
                    break;
                }
                push_attr_name(out, vm.symbols.bytes(attr.name));
                out.extend_from_slice(b" = ");
                show_rec(vm, attr.value, depth + 1, out, attrs_left, items_left);
                out.push(b';');
                // counted after printing, as Nix does (nested ones count first)
                *attrs_left = attrs_left.saturating_sub(1);
            }
            out.extend_from_slice(b" }");
        }
        Value::List(l) => {
            if depth >= 10 {
                out.extend_from_slice(b"[ ... ]");
                return;
            }
            out.push(b'[');
            let items = vm.heap.list(l).to_vec();
            let total = items.len();
            for (i, e) in items.into_iter().enumerate() {
                out.push(b' ');
                if *items_left == 0 {
                    let rest = total - i;
                    out.extend_from_slice(
                        format!("«{} {} elided»", rest, if rest == 1 { "item" } else { "items" }).as_bytes(),
                    );
                    break;
                }
                show_rec(vm, e, depth + 1, out, attrs_left, items_left);
                *items_left = items_left.saturating_sub(1);
            }
            out.extend_from_slice(b" ]");
        }
    }
}

/// Forces a value and everything reachable from it (the step of `deepSeq` and
/// `--strict`). Cycles are fine: each set and list is visited once. Errors get the
/// trace frames Nix's `forceValueDeep` gives them: the attribute or list index of
/// every container on the way down.
///
/// For a builtin (`deepSeq`): C++ Nix counts its call in the depth limit. The host
/// (`--strict`) uses [`deep_force_top`].
pub fn deep_force(vm: &mut Vm, v: Value) -> EvalResult<Step> {
    let base = vm.call_depth() + 1;
    deep_force_from(vm, v, base)
}

/// [`deep_force`] for the host, with no builtin call around it.
pub fn deep_force_top(vm: &mut Vm, v: Value) -> EvalResult<Step> {
    let base = vm.call_depth();
    deep_force_from(vm, v, base)
}

fn deep_force_from(vm: &mut Vm, v: Value, base: usize) -> EvalResult<Step> {
    let c = Box::new(DeepForce {
        base,
        work: vec![Work::Force(v, Via::Root, 0)],
        path: Vec::new(),
        seen_attrs: FxHashSet::default(),
        seen_lists: FxHashSet::default(),
        result: v,
        general_site: PosId::NONE,
    });
    c.run(vm)
}

/// How deep forcing reached a value.
#[derive(Clone, Copy)]
enum Via {
    Root,
    Attr(crate::symbol::Sym, crate::value::PosId),
    Index(usize),
}

enum Work {
    /// Force this value (reached through `Via`, at a nesting depth).
    Force(Value, Via, usize),
    /// The container on top of `path` is done.
    Leave,
}

struct DeepForce {
    work: Vec<Work>,
    /// How each container being walked was reached, outermost first.
    path: Vec<Via>,
    seen_attrs: FxHashSet<AttrsId>,
    seen_lists: FxHashSet<(u32, u32)>,
    result: Value,
    /// Calls running around the walk: a value `depth` containers down counts
    /// `base + depth + 1` against the limit, as C++ Nix's call depth does.
    base: usize,
    /// The site of the general sited application being forced, if it is one
    /// (`Vm::apply_thunk_site`): a failed thunk keeps no code to find it by.
    general_site: PosId,
}

impl DeepForce {
    fn run(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        while let Some(w) = self.work.pop() {
            let (v, via, depth) = match w {
                Work::Leave => {
                    self.path.pop();
                    continue;
                }
                Work::Force(v, via, depth) => (v, via, depth),
            };
            if depth.saturating_add(self.base) >= vm.opts.max_nesting_depth {
                // placed at the value as Nix's `determinePos` places it
                let e = Error::stack_overflow().at(vm.prog.span(vm.determine_pos(v)));
                return Err(self.frames(vm, e, via));
            }
            let r = vm.heap.resolve(v);
            if let Value::Thunk(t) = r {
                if let Thunk::Blackhole = vm.heap.thunk(t) {
                    let e = Error::infinite_recursion(t);
                    return Err(self.frames(vm, e, via));
                }
                // C++ Nix forces it at `Value::determinePos`: a sited apply thunk's
                // call gets its function's position as call site (`CallInEnv` takes
                // it; nothing else runs before that instruction)
                self.general_site = PosId::NONE;
                if let Thunk::Pending { code, env } = vm.heap.thunk(t) {
                    match vm.apply_thunk_site(code, env) {
                        Some((site, true)) => vm.apply_site = site,
                        Some((site, false)) => self.general_site = site,
                        None => {}
                    }
                }
                self.work.push(Work::Force(r, via, depth));
                return Ok(Step::Force(r, self));
            }
            match r {
                Value::Attrs(a) if self.seen_attrs.insert(a) => {
                    self.path.push(via);
                    self.work.push(Work::Leave);
                    let f = vm.heap.flat(a);
                    for attr in vm.heap.attrs(f).iter().rev() {
                        self.work.push(Work::Force(attr.value, Via::Attr(attr.name, attr.pos), depth + 1));
                    }
                }
                Value::List(l) if l.len > 0 && self.seen_lists.insert((l.start, l.len)) => {
                    self.path.push(via);
                    self.work.push(Work::Leave);
                    for (i, e) in vm.heap.list(l).iter().enumerate().rev() {
                        self.work.push(Work::Force(*e, Via::Index(i), depth + 1));
                    }
                }
                _ => {}
            }
        }
        Ok(Step::Done(vm.heap.resolve(self.result)))
    }

    /// Adds the frames for a failure at the value reached through `via`.
    fn frames(&self, vm: &Vm, mut e: Error, via: Via) -> Error {
        for via in std::iter::once(via).chain(self.path.iter().rev().copied()) {
            let (span, msg) = match via {
                Via::Root => continue,
                Via::Attr(name, pos) => {
                    (vm.prog.span(pos), format!("while evaluating the attribute '{}'", vm.symbols.str(name)))
                }
                Via::Index(i) => (None, format!("while evaluating list element at index {i}")),
            };
            e = e.trace(span, msg);
        }
        e
    }
}

impl Cont for DeepForce {
    fn resume(self: Box<Self>, vm: &mut Vm, _v: Value) -> EvalResult<Step> {
        vm.apply_site = PosId::NONE;
        self.run(vm)
    }

    fn on_error(self: Box<Self>, vm: &mut Vm, mut e: Error) -> EvalResult<Step> {
        vm.apply_site = PosId::NONE;
        // the value being forced is on top of the work stack
        match self.work.last() {
            Some(Work::Force(v, via, _)) => {
                // a general sited application (`f` not a plain lambda of that many
                // arguments) calling what is not a function: C++ Nix places the
                // error at the function's position, where it forced the application
                if let Value::Thunk(_) = *v
                    && e.0.span.is_none()
                    && e.0.trace.is_empty()
                    && e.0.msg.starts_with("attempt to call something which is not a function")
                    && let Some(span) = vm.prog.span(self.general_site)
                {
                    e.0.span = Some(span);
                }
                Err(self.frames(vm, e, *via))
            }
            _ => Err(e),
        }
    }
}
