//! Coercion of values to strings (`"${x}"`, `toString`, `+` on strings).
//!
//! Follows C++ Nix's `coerceToString`: strings keep their context; paths are copied
//! to the store (or not, for path concatenation); sets are peeled through
//! `__toString` (a function call) and `outPath`; with `more` (as `toString` does),
//! Booleans, numbers, `null` and lists coerce too. Because peeling may call Nix
//! functions and lists may hold thunks, the general case is a continuation with an
//! explicit work stack.

use crate::builtin::{Args, Cont, Step};
use crate::error::{Error, EvalResult};
use crate::value::{CtxElem, NixString, Thunk, Value, merge_context};
use crate::vm::Vm;

/// How to coerce.
#[derive(Debug, Clone, Copy)]
pub struct CoerceOpts {
    /// Also coerce Booleans, numbers, null and lists (`toString`).
    pub more: bool,
    /// Copy paths to the store (interpolation into strings).
    pub copy_to_store: bool,
}

impl CoerceOpts {
    /// String interpolation.
    pub const INTERP: CoerceOpts = CoerceOpts { more: false, copy_to_store: true };
    /// `builtins.toString`.
    pub const TO_STRING: CoerceOpts = CoerceOpts { more: true, copy_to_store: true };
    /// Path segments (`./a/${x}`), and uses that want a path's text.
    pub const NO_COPY: CoerceOpts = CoerceOpts { more: false, copy_to_store: false };
}

/// `%f`-style float text, as `toString 1.5` prints it (`1.500000`).
pub fn float_to_string(f: f64) -> String {
    if f.is_nan() {
        if f.is_sign_negative() { "-nan".into() } else { "nan".into() }
    } else if f.is_infinite() {
        if f < 0.0 { "-inf".into() } else { "inf".into() }
    } else {
        format!("{f:.6}")
    }
}

/// One coercion that needs no evaluation, if possible.
pub(crate) enum Now {
    /// The bytes to append, with context.
    Bytes(Vec<u8>, Vec<CtxElem>),
    /// Coerce this value instead (`outPath`, or the result of `__toString`).
    Peel(Value),
    /// Call `__toString` (first) with the set (second).
    Call(Value, Value),
    /// A list (with `more`): coerce its elements.
    List(crate::value::ListRef),
}

/// Coerces a value in weak head normal form as far as possible without evaluating.
pub(crate) fn coerce_now(vm: &mut Vm, v: Value, opts: CoerceOpts) -> EvalResult<Now> {
    Ok(match v {
        Value::String(s) => {
            let st = vm.heap.string(s);
            Now::Bytes(st.bytes.to_vec(), st.context().to_vec())
        }
        Value::Path(p) => {
            let text = String::from_utf8_lossy(vm.heap.str_bytes(p)).into_owned();
            if opts.copy_to_store {
                vm.check_heap()?;
                let sp = vm.store.copy_path(&*vm.io, &text).map_err(Error::eval)?;
                Now::Bytes(sp.as_bytes().to_vec(), vec![CtxElem::from(sp)])
            } else {
                Now::Bytes(text.into_bytes(), Vec::new())
            }
        }
        Value::Attrs(a) => {
            let k = vm.known;
            if let Some(f) = vm.heap.attr(a, k.to_string) {
                Now::Call(f.value, v)
            } else if let Some(o) = vm.heap.attr(a, k.out_path) {
                Now::Peel(o.value)
            } else {
                return Err(cannot_coerce(vm, v));
            }
        }
        Value::Bool(b) if opts.more => Now::Bytes(if b { b"1".to_vec() } else { Vec::new() }, Vec::new()),
        Value::Int(i) if opts.more => Now::Bytes(i.to_string().into_bytes(), Vec::new()),
        Value::Float(f) if opts.more => Now::Bytes(float_to_string(f).into_bytes(), Vec::new()),
        Value::Null if opts.more => Now::Bytes(Vec::new(), Vec::new()),
        Value::List(l) if opts.more => Now::List(l),
        _ => return Err(cannot_coerce(vm, v)),
    })
}

pub(crate) fn cannot_coerce(vm: &Vm, v: Value) -> Error {
    let ty = vm.heap.type_of(v);
    Error::eval(format!("cannot coerce {} to a string: {}", ty.a(), crate::print::show_short(vm, v)))
}

/// What to do with the finished string.
pub type Then = Box<dyn FnOnce(&mut Vm, NixString) -> EvalResult<Step>>;

enum Item {
    Val(Value),
    /// After a list element: a space unless it was an empty list (or the last one).
    Sep(Value),
}

struct CoerceCont {
    items: Vec<Item>,
    buf: Vec<u8>,
    ctx: Vec<CtxElem>,
    opts: CoerceOpts,
    then: Option<Then>,
    /// Waiting for the result of a `__toString` call (not for a forced thunk).
    calling: bool,
}

/// Coerces `v` to a string and continues with `then`.
pub fn coerce_to_string(vm: &mut Vm, v: Value, opts: CoerceOpts, then: Then) -> EvalResult<Step> {
    // a string is itself (the common case: no work list, no continuation)
    match vm.heap.resolve(v) {
        Value::String(s) => {
            let s = vm.heap.string(s).to_nix_string();
            return vm.continue_now(s, then);
        }
        // most often a thunk yielding a string: force it first, then start over
        Value::Thunk(_) => {
            return Ok(Step::Force(
                v,
                Box::new(move |vm: &mut Vm, forced: Value| coerce_to_string(vm, forced, opts, then)),
            ));
        }
        _ => {}
    }
    let c = Box::new(CoerceCont {
        items: vec![Item::Val(v)],
        buf: Vec::new(),
        ctx: Vec::new(),
        opts,
        then: Some(then),
        calling: false,
    });
    c.run(vm)
}

impl CoerceCont {
    fn run(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        while let Some(item) = self.items.pop() {
            match item {
                Item::Sep(elem) => {
                    let e = vm.heap.resolve(elem);
                    let empty_list = matches!(e, Value::List(l) if l.len == 0);
                    if !empty_list {
                        self.buf.push(b' ');
                    }
                }
                Item::Val(v) => {
                    let v = vm.heap.resolve(v);
                    if let Value::Thunk(t) = v {
                        if let Thunk::Blackhole = vm.heap.thunk(t) {
                            return Err(Error::infinite_recursion(t));
                        }
                        self.items.push(Item::Val(v));
                        return Ok(Step::Force(v, self));
                    }
                    if let Value::String(s) = v {
                        // appended straight from the heap (no copies)
                        let st = vm.heap.string(s);
                        self.buf.extend_from_slice(st.bytes);
                        merge_context(&mut self.ctx, st.context());
                        continue;
                    }
                    match coerce_now(vm, v, self.opts)? {
                        Now::Bytes(b, c) => {
                            self.buf.extend_from_slice(&b);
                            merge_context(&mut self.ctx, &c);
                        }
                        Now::Peel(x) => self.items.push(Item::Val(x)),
                        Now::Call(f, s) => {
                            self.calling = true;
                            return Ok(Step::Call(f, Args::one(s), self));
                        }
                        Now::List(l) => {
                            let elems = vm.heap.list(l).to_vec();
                            let n = elems.len();
                            for (i, e) in elems.into_iter().enumerate().rev() {
                                if i + 1 < n {
                                    self.items.push(Item::Sep(e));
                                }
                                self.items.push(Item::Val(e));
                            }
                        }
                    }
                }
            }
        }
        let then = self.then.take();
        let s = NixString {
            bytes: std::mem::take(&mut self.buf).into_boxed_slice(),
            context: if self.ctx.is_empty() { None } else { Some(std::mem::take(&mut self.ctx).into_boxed_slice()) },
        };
        match then {
            Some(t) => vm.continue_now(s, t),
            None => Ok(Step::Done(Value::Null)),
        }
    }
}

impl Cont for CoerceCont {
    fn resume(mut self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step> {
        // either a forced thunk (already on the work stack) or the result of
        // `__toString`, which is coerced in turn
        if self.calling {
            self.calling = false;
            let resolved = vm.heap.resolve(v);
            self.items.push(Item::Val(resolved));
        }
        self.run(vm)
    }
}
