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
use crate::value::{CtxElem, NixString, PosId, Thunk, Value, merge_context};
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
    /// Coerce this value instead (`outPath`, or the result of `__toString`), the
    /// attribute defined at the position.
    Peel(Value, PosId),
    /// Call `__toString` (first) with the set (second), the attribute defined at
    /// the position.
    Call(Value, Value, PosId),
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
                Now::Call(f.value, v, f.pos)
            } else if let Some(o) = vm.heap.attr(a, k.out_path) {
                Now::Peel(o.value, o.pos)
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
    /// Below the value of a set peeled through an attribute (`outPath`, the
    /// result of `__toString`): while it is on the stack, C++ Nix's frame for the
    /// peel is on the errors raised.
    EndPeel(Peel),
    /// Below the elements of a list being coerced (`coerceMore`): ends its level.
    EndList,
}

/// A set peeled through an attribute.
#[derive(Clone, Copy)]
struct Peel {
    /// The attribute's position.
    pos: PosId,
    /// `outPath` (else the result of `__toString`).
    out_path: bool,
}

struct CoerceCont {
    items: Vec<Item>,
    buf: Vec<u8>,
    ctx: Vec<CtxElem>,
    opts: CoerceOpts,
    then: Option<Then>,
    /// Waiting for the result of the call of the `__toString` attribute at this
    /// position (not for a forced thunk).
    calling: Option<PosId>,
    /// The peels whose value was the whole result (nothing coerced before, nothing
    /// left after), outermost first: the errors of the code the result is given to
    /// are inside them too. The first apart: there is rarely more than one.
    whole: Option<Peel>,
    whole_more: Vec<Peel>,
    /// The peels and lists on the work stack (its `EndPeel` and `EndList` items):
    /// bounded by the nesting limit, so a set that peels to itself, or a list that
    /// contains itself, is C++ Nix's stack overflow, not a loop.
    depth: usize,
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
        calling: None,
        whole: None,
        whole_more: Vec::new(),
        depth: 0,
    });
    c.run(vm)
}

/// Adds the frames of `peels` (outermost first, each with whether its value is
/// evaluated: "while using", else "while evaluating") to `e`, innermost first.
fn peel_frames(vm: &Vm, mut e: Error, peels: &[(Peel, bool)]) -> Error {
    for (p, evaluated) in peels.iter().rev() {
        let doing = if *evaluated { "using" } else { "evaluating" };
        let what = if p.out_path { "the `outPath` attribute" } else { "the result of the `__toString` attribute" };
        e = e.trace(vm.prog.span(p.pos), format!("while {doing} {what}"));
    }
    e
}

impl CoerceCont {
    /// Starts coercing `x`, the value of a set's attribute at `pos`, in place of
    /// the set.
    fn peel(&mut self, vm: &Vm, x: Value, pos: PosId, out_path: bool) -> Result<(), Error> {
        self.nest(vm).map_err(|e| e.at(vm.prog.span(pos)))?;
        let p = Peel { pos, out_path };
        // the whole result: nothing coerced yet, and nothing on the work stack but
        // the ends of the peels it is the value of
        if self.buf.is_empty() && self.items.iter().all(|i| matches!(i, Item::EndPeel(_))) {
            match self.whole {
                None => self.whole = Some(p),
                Some(_) => self.whole_more.push(p),
            }
        }
        self.items.push(Item::EndPeel(p));
        self.items.push(Item::Val(x));
        Ok(())
    }

    /// One level deeper (a peel or a list), within the nesting limit.
    fn nest(&mut self, vm: &Vm) -> Result<(), Error> {
        if self.depth >= vm.opts.max_nesting_depth {
            return Err(Error::stack_overflow());
        }
        self.depth += 1;
        Ok(())
    }

    /// The peels under way, outermost first, each with whether its value is
    /// evaluated (it is not while it is still on the stack, unforced).
    fn peels(&self, vm: &Vm) -> Vec<(Peel, bool)> {
        let mut out = Vec::new();
        for (i, item) in self.items.iter().enumerate() {
            if let Item::EndPeel(p) = item {
                let pending = matches!(self.items.get(i + 1), Some(Item::Val(v)) if matches!(vm.heap.resolve(*v), Value::Thunk(_)));
                out.push((*p, !pending));
            }
        }
        out
    }

    fn run(self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        // (the peels are listed only for an error)
        self.run_inner(vm).map_err(|(e, peels)| peel_frames(vm, e, &peels))
    }

    /// [`CoerceCont::run`]; an error comes back with the peels it was raised in.
    fn run_inner(mut self: Box<Self>, vm: &mut Vm) -> Result<Step, (Error, Vec<(Peel, bool)>)> {
        while let Some(item) = self.items.pop() {
            match item {
                Item::EndPeel(_) | Item::EndList => self.depth = self.depth.saturating_sub(1),
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
                            return Err((Error::infinite_recursion(t), self.peels(vm)));
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
                    let now = match coerce_now(vm, v, self.opts) {
                        Ok(now) => now,
                        Err(e) => return Err((e, self.peels(vm))),
                    };
                    match now {
                        Now::Bytes(b, c) => {
                            self.buf.extend_from_slice(&b);
                            merge_context(&mut self.ctx, &c);
                        }
                        Now::Peel(x, pos) => {
                            if let Err(e) = self.peel(vm, x, pos, true) {
                                return Err((e, self.peels(vm)));
                            }
                        }
                        Now::Call(f, s, pos) => {
                            self.calling = Some(pos);
                            return Ok(Step::Call(f, Args::one(s), self));
                        }
                        Now::List(l) => {
                            if let Err(e) = self.nest(vm) {
                                return Err((e, self.peels(vm)));
                            }
                            self.items.push(Item::EndList);
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
            // the code the whole result is given to runs inside its peels
            Some(t) => vm.continue_now(s, t).map_err(|e| {
                let whole = self.whole.iter().chain(&self.whole_more).map(|p| (*p, true)).collect();
                (e, whole)
            }),
            None => Ok(Step::Done(Value::Null)),
        }
    }
}

impl Cont for CoerceCont {
    fn resume(mut self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step> {
        // either a forced thunk (already on the work stack) or the result of
        // `__toString`, which is coerced in turn
        if let Some(pos) = self.calling.take() {
            let resolved = vm.heap.resolve(v);
            if let Err(e) = self.peel(vm, resolved, pos, false) {
                return Err(peel_frames(vm, e, &self.peels(vm)));
            }
        }
        self.run(vm)
    }

    fn on_error(self: Box<Self>, vm: &mut Vm, e: Error) -> EvalResult<Step> {
        let e = match self.calling {
            // the call of `__toString` failed (or it is no function), at the attribute
            Some(pos) => {
                let span = vm.prog.span(pos);
                e.at(span).trace(span, "while calling the `__toString` attribute")
            }
            None => e,
        };
        Err(peel_frames(vm, e, &self.peels(vm)))
    }
}
