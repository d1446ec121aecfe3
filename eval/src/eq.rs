//! Deep equality (`==`) and ordering (`<`) as resumable computations.
//!
//! Both may need to force nested values, so they are [`Cont`]inuations with an
//! explicit work stack: comparing deeply nested data never recurses natively.
//!
//! Equality follows C++ Nix: ints and floats compare numerically, derivations compare
//! by `outPath`, functions are unequal unless they are the very same value reached
//! through a list element or attribute (Nix's pointer-equality quirk).

use crate::builtin::{Cont, Step};
use crate::error::{Error, EvalResult};
use crate::ir::BinOp;
use crate::value::{ListRef, Thunk, Type, Value};
use crate::vm::Vm;

fn identical(a: Value, b: Value) -> bool {
    match (a, b) {
        (Value::Thunk(x), Value::Thunk(y)) => x == y,
        (Value::Lambda(l1, e1), Value::Lambda(l2, e2)) => l1 == l2 && e1 == e2,
        (Value::Attrs(x), Value::Attrs(y)) => x == y,
        (Value::List(x), Value::List(y)) => x.len > 0 && x == y,
        (Value::Builtin(x), Value::Builtin(y)) => x == y,
        (Value::PrimOpApp(x), Value::PrimOpApp(y)) => x == y,
        _ => false,
    }
}

/// Whether `a == b`, for two lists or two sets whose comparison needs neither
/// forcing nor walking: lists that differ in length or have nothing to compare
/// (`xs == [ ]`), a list or set with itself (as `run` decides them). `Op::Eq`
/// tries this and the scalar comparison in place before it starts one.
#[inline]
pub(crate) fn decided_without_elements(a: Value, b: Value) -> Option<bool> {
    match (a, b) {
        (Value::List(x), Value::List(y)) if x.len != y.len || x.len == 0 || x == y => Some(x.len == y.len),
        (Value::Attrs(x), Value::Attrs(y)) if x == y => Some(true),
        _ => None,
    }
}

/// Starts `a == b` (or `a != b` if `negate`).
pub fn start(vm: &mut Vm, a: Value, b: Value, negate: bool) -> EvalResult<Step> {
    let a = vm.heap.resolve(a);
    let b = vm.heap.resolve(b);
    let op = if negate { BinOp::Neq } else { BinOp::Eq };
    if let Some(r) = crate::ops::prim_bin(&vm.heap, op, a, b) {
        return Ok(Step::Done(r));
    }
    if let Some(eq) = decided_without_elements(a, b) {
        return Ok(Step::Done(Value::Bool(eq != negate)));
    }
    // an operand still a thunk (a list element a builtin compares, say): force it
    // and start over, most often to end in the scalar case above
    if let Value::Thunk(_) = a {
        return Ok(Step::Force(a, Box::new(move |vm: &mut Vm, a: Value| start(vm, a, b, negate))));
    }
    if let Value::Thunk(_) = b {
        return Ok(Step::Force(b, Box::new(move |vm: &mut Vm, b: Value| start(vm, a, b, negate))));
    }
    // room for a small list or set's elements without growing
    let mut work = Vec::with_capacity(16);
    work.push(Work::Pair(a, b, false, 0));
    let cont = Box::new(EqCont { work, negate });
    cont.run(vm)
}

enum Work {
    /// Compare two values; `nested` enables the identity shortcut; the depth of the
    /// pair below the values first compared.
    Pair(Value, Value, bool, u32),
}

struct EqCont {
    work: Vec<Work>,
    negate: bool,
}

impl EqCont {
    fn finish(&self, eq: bool) -> EvalResult<Step> {
        Ok(Step::Done(Value::Bool(eq != self.negate)))
    }

    fn run(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        while let Some(Work::Pair(a, b, nested, depth)) = self.work.pop() {
            vm.tick()?;
            // two values that contain themselves (`x = { a = x; }`) would be compared
            // for ever; C++ Nix recurses and overflows its stack. The limit is the
            // call depth's, far below which C++ Nix compares 100,000-deep data.
            if depth as usize > vm.opts.max_call_depth {
                return Err(Error::stack_overflow());
            }
            let below = depth.saturating_add(1);
            if nested && identical(a, b) {
                continue;
            }
            let a = vm.heap.resolve(a);
            if let Value::Thunk(t) = a {
                if let Thunk::Blackhole = vm.heap.thunk(t) {
                    return Err(Error::infinite_recursion(t));
                }
                self.work.push(Work::Pair(a, b, false, depth));
                return Ok(Step::Force(a, self));
            }
            let b = vm.heap.resolve(b);
            if let Value::Thunk(_) = b {
                self.work.push(Work::Pair(a, b, false, depth));
                return Ok(Step::Force(b, self));
            }
            // scalars (numbers compare numerically, other types never equal)
            if let Some(Value::Bool(eq)) = crate::ops::prim_bin(&vm.heap, BinOp::Eq, a, b) {
                if !eq {
                    return self.finish(false);
                }
                continue;
            }
            let eq = match (a, b) {
                (Value::List(x), Value::List(y)) => {
                    if x.len != y.len {
                        false
                    } else {
                        if x != y {
                            let (lx, ly) = (vm.heap.list(x), vm.heap.list(y));
                            self.work.extend(lx.iter().zip(ly).rev().map(|(&p, &q)| Work::Pair(p, q, true, below)));
                        }
                        true
                    }
                }
                (Value::Attrs(x), Value::Attrs(y)) => {
                    if x == y {
                        true
                    } else {
                        // derivations compare by outPath
                        let k = vm.known;
                        let tx = vm.heap.attr(x, k.type_).map(|a| a.value);
                        let ty = vm.heap.attr(y, k.type_).map(|a| a.value);
                        if let (Some(tx), Some(ty)) = (tx, ty) {
                            let rx = vm.heap.resolve(tx);
                            if let Value::Thunk(_) = rx {
                                self.work.push(Work::Pair(a, b, false, depth));
                                return Ok(Step::Force(rx, self));
                            }
                            let ry = vm.heap.resolve(ty);
                            if let Value::Thunk(_) = ry {
                                self.work.push(Work::Pair(a, b, false, depth));
                                return Ok(Step::Force(ry, self));
                            }
                            let is_drv =
                                |v: Value| matches!(v, Value::String(s) if vm.heap.str_bytes(s) == b"derivation");
                            if is_drv(rx) && is_drv(ry) {
                                let ox = vm.heap.attr(x, k.out_path).map(|a| a.value);
                                let oy = vm.heap.attr(y, k.out_path).map(|a| a.value);
                                if let (Some(ox), Some(oy)) = (ox, oy) {
                                    self.work.push(Work::Pair(ox, oy, true, below));
                                    continue;
                                }
                            }
                        }
                        let (fx, fy) = (vm.heap.flat(x), vm.heap.flat(y));
                        let (ex, ey) = (vm.heap.attrs(fx), vm.heap.attrs(fy));
                        if ex.len() != ey.len() || ex.iter().zip(ey).any(|(p, q)| p.name != q.name) {
                            false
                        } else {
                            self.work.extend(
                                ex.iter().zip(ey).rev().map(|(p, q)| Work::Pair(p.value, q.value, true, below)),
                            );
                            true
                        }
                    }
                }
                _ => false,
            };
            if !eq {
                return self.finish(false);
            }
        }
        self.finish(true)
    }
}

impl Cont for EqCont {
    fn resume(self: Box<Self>, vm: &mut Vm, _v: Value) -> EvalResult<Step> {
        // the forced thunk now holds its value; the pair is still on the work stack
        self.run(vm)
    }
}

/// Starts `a < b`. Returns `Ok(Ok(bool))` when decidable at once.
pub fn less_than(vm: &mut Vm, a: Value, b: Value) -> EvalResult<Result<bool, Step>> {
    less_than_at(vm, a, b, 0)
}

/// [`less_than`] for lists nested `depth` deep in the lists first compared: two
/// lists that contain themselves would nest comparisons for ever (C++ Nix overflows
/// its stack), so past the call depth it is a stack overflow.
fn less_than_at(vm: &mut Vm, a: Value, b: Value, depth: u32) -> EvalResult<Result<bool, Step>> {
    let a = vm.heap.resolve(a);
    let b = vm.heap.resolve(b);
    let r = match (a, b) {
        (Value::Int(x), Value::Int(y)) => x < y,
        (Value::Int(x), Value::Float(y)) => (x as f64) < y,
        (Value::Float(x), Value::Int(y)) => x < (y as f64),
        (Value::Float(x), Value::Float(y)) => x < y,
        (Value::String(x), Value::String(y)) => vm.heap.str_bytes(x) < vm.heap.str_bytes(y),
        (Value::Path(x), Value::Path(y)) => vm.heap.str_bytes(x) < vm.heap.str_bytes(y),
        (Value::List(x), Value::List(y)) => {
            if depth as usize > vm.opts.max_call_depth {
                return Err(Error::stack_overflow());
            }
            let c = Box::new(ListCmp { a: x, b: y, i: 0, phase: Phase::Start, depth });
            return c.run(vm, Value::Null).map(Err);
        }
        _ => {
            let (ta, tb) = (vm.heap.type_of(a), vm.heap.type_of(b));
            let (sa, sb) = (crate::print::show_short(vm, a), crate::print::show_short(vm, b));
            return Err(if ta == tb {
                Error::eval(format!(
                    "cannot compare {} with {}; values of that type are incomparable (values are {} and {})",
                    ta.a(),
                    tb.a(),
                    sa,
                    sb
                ))
            } else {
                Error::eval(format!("cannot compare {} with {}; values are {} and {}", ta.a(), tb.a(), sa, sb))
            });
        }
    };
    Ok(Ok(r))
}

#[derive(Clone, Copy)]
enum Phase {
    Start,
    ForcedA,
    ForcedB,
    AfterEq,
    AfterLt,
}

/// Lexicographic comparison of two lists.
struct ListCmp {
    a: ListRef,
    b: ListRef,
    i: u32,
    phase: Phase,
    /// How deep in the lists first compared these are.
    depth: u32,
}

impl ListCmp {
    fn run(mut self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step> {
        loop {
            match self.phase {
                Phase::Start => {
                    if self.i == self.b.len {
                        return Ok(Step::Done(Value::Bool(false)));
                    }
                    if self.i == self.a.len {
                        return Ok(Step::Done(Value::Bool(true)));
                    }
                    let x = vm.heap.list(self.a)[self.i as usize];
                    let y = vm.heap.list(self.b)[self.i as usize];
                    let eq = start(vm, x, y, false)?;
                    self.phase = Phase::AfterEq;
                    return Ok(Step::Seq(Box::new(eq), self));
                }
                Phase::AfterEq => {
                    if let Value::Bool(true) = v {
                        self.i += 1;
                        self.phase = Phase::Start;
                        continue;
                    }
                    self.phase = Phase::ForcedA;
                    let x = vm.heap.list(self.a)[self.i as usize];
                    return Ok(Step::Force(x, self));
                }
                Phase::ForcedA => {
                    self.phase = Phase::ForcedB;
                    let y = vm.heap.list(self.b)[self.i as usize];
                    return Ok(Step::Force(y, self));
                }
                Phase::ForcedB => {
                    let x = vm.heap.resolve(vm.heap.list(self.a)[self.i as usize]);
                    let y = vm.heap.resolve(vm.heap.list(self.b)[self.i as usize]);
                    let r = less_than_at(vm, x, y, self.depth.saturating_add(1))
                        .map_err(|e| e.trace(None, LIST_ELEMENTS_CTX))?;
                    return match r {
                        Ok(r) => Ok(Step::Done(Value::Bool(r))),
                        Err(step) => {
                            self.phase = Phase::AfterLt;
                            Ok(Step::Seq(Box::new(step), self))
                        }
                    };
                }
                Phase::AfterLt => return Ok(Step::Done(v)),
            }
        }
    }
}

/// The context Nix gives errors comparing the elements of two lists.
const LIST_ELEMENTS_CTX: &str = "while comparing two list elements";

impl Cont for ListCmp {
    fn resume(self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step> {
        self.run(vm, v)
    }

    fn on_error(self: Box<Self>, _vm: &mut Vm, e: Error) -> EvalResult<Step> {
        // an error comparing nested lists: this level's elements were being compared
        match self.phase {
            Phase::AfterLt => Err(e.trace(None, LIST_ELEMENTS_CTX)),
            _ => Err(e),
        }
    }
}

/// Trace lines collected while descending into compared values.
type TraceLines = Vec<(Option<nixlet_parser::Span>, String)>;

/// The error of a failed `assert a == b`: how the values differ, worded and traced
/// as C++ Nix's `assertEqValues` does. The values were just compared, so everything
/// this walks is already evaluated.
pub fn assertion_error(vm: &mut Vm, a: Value, b: Value, assert_idx: u32, assert_pos: crate::value::PosId) -> Error {
    use crate::error::ErrorKind;
    let desc = vm.prog.asserts.get(assert_idx as usize).cloned();
    let (text, eq_pos) = match &desc {
        Some(d) => (d.text.to_string(), d.eq_pos),
        None => (String::new(), crate::value::PosId::NONE),
    };
    let eq_span = vm.prog.span(eq_pos);
    let show = |vm: &Vm, v: Value| crate::print::show_short(vm, v);
    // explicit stack of (left, right, trace lines to add if the difference is below)
    let mut work: Vec<(Value, Value, TraceLines)> = vec![(a, b, Vec::new())];
    let mut found: Option<(String, TraceLines)> = None;
    while let Some((x, y, trace)) = work.pop() {
        if let Err(e) = vm.tick() {
            return e;
        }
        let (x, y) = (vm.heap.resolve(x), vm.heap.resolve(y));
        let tx = vm.heap.type_of(x);
        let ty = vm.heap.type_of(y);
        let num = |t: Type| matches!(t, Type::Int | Type::Float);
        if num(tx) && num(ty) {
            let equal = match (x, y) {
                (Value::Int(p), Value::Int(q)) => p == q,
                (Value::Int(p), Value::Float(q)) => (p as f64) == q,
                (Value::Float(p), Value::Int(q)) => p == (q as f64),
                (Value::Float(p), Value::Float(q)) => p == q,
                _ => false,
            };
            if !equal {
                found = Some((
                    format!(
                        "{} with value '{}' is not equal to {} with value '{}'",
                        tx.a(),
                        show(vm, x),
                        ty.a(),
                        show(vm, y)
                    ),
                    trace,
                ));
                break;
            }
            continue;
        }
        if tx != ty {
            found = Some((
                format!("{} of value '{}' is not equal to {} of value '{}'", tx.a(), show(vm, x), ty.a(), show(vm, y)),
                trace,
            ));
            break;
        }
        let msg = match (x, y) {
            (Value::Bool(p), Value::Bool(q)) if p != q => Some(format!("boolean '{p}' is not equal to boolean '{q}'")),
            (Value::String(p), Value::String(q)) if vm.heap.str_bytes(p) != vm.heap.str_bytes(q) => {
                Some(format!("string '{}' is not equal to string '{}'", show(vm, x), show(vm, y)))
            }
            (Value::Path(p), Value::Path(q)) if vm.heap.str_bytes(p) != vm.heap.str_bytes(q) => {
                Some(format!("path '{}' is not equal to path '{}'", show(vm, x), show(vm, y)))
            }
            (Value::List(p), Value::List(q)) => {
                if p.len != q.len {
                    Some(format!(
                        "list of size '{}' is not equal to list of size '{}', left hand side is '{}', right hand side is '{}'",
                        p.len,
                        q.len,
                        show(vm, x),
                        show(vm, y)
                    ))
                } else {
                    let (lp, lq) = (vm.heap.list(p).to_vec(), vm.heap.list(q).to_vec());
                    for (n, (e1, e2)) in lp.into_iter().zip(lq).enumerate().rev() {
                        let mut t = trace.clone();
                        t.push((eq_span, format!("while comparing list element {n}")));
                        work.push((e1, e2, t));
                    }
                    None
                }
            }
            (Value::Attrs(p), Value::Attrs(q)) => {
                let k = vm.known;
                let is_drv = |vm: &Vm, a: crate::value::AttrsId| {
                    vm.heap
                        .attr(a, k.type_)
                        .map(|t| matches!(vm.heap.resolve(t.value), Value::String(s) if vm.heap.str_bytes(s) == b"derivation"))
                        .unwrap_or(false)
                };
                let outs = (vm.heap.attr(p, k.out_path).map(|a| a.value), vm.heap.attr(q, k.out_path).map(|a| a.value));
                if let (true, true, (Some(o1), Some(o2))) = (is_drv(vm, p), is_drv(vm, q), outs) {
                    let mut t = trace.clone();
                    t.push((eq_span, "while comparing a derivation by its 'outPath' attribute".to_string()));
                    work.push((o1, o2, t));
                    None
                } else {
                    let (ep, eqs) = (vm.heap.attrs_vec(p), vm.heap.attrs_vec(q));
                    if ep.len() != eqs.len() {
                        Some(format!(
                            "attribute names of attribute set '{}' differs from attribute set '{}'",
                            show(vm, x),
                            show(vm, y)
                        ))
                    } else {
                        let mut m = None;
                        let mut pairs = Vec::new();
                        for (i, j) in ep.iter().zip(eqs.iter()) {
                            if i.name != j.name {
                                let n1 = vm.symbols.str(i.name).into_owned();
                                let n2 = vm.symbols.str(j.name).into_owned();
                                m = Some(if vm.heap.attr(q, i.name).is_none() {
                                    format!(
                                        "attribute name '{n1}' is contained in '{}', but not in '{}'",
                                        show(vm, x),
                                        show(vm, y)
                                    )
                                } else {
                                    format!(
                                        "attribute name '{n2}' is missing in '{}', but is contained in '{}'",
                                        show(vm, x),
                                        show(vm, y)
                                    )
                                });
                                break;
                            }
                            let mut t = trace.clone();
                            let n = vm.symbols.str(i.name).into_owned();
                            t.push((eq_span, format!("while comparing attribute '{n}'")));
                            if let Some(sp) = vm.prog.span(i.pos) {
                                t.push((Some(sp), "where left hand side is".to_string()));
                            }
                            if let Some(sp) = vm.prog.span(j.pos) {
                                t.push((Some(sp), "where right hand side is".to_string()));
                            }
                            pairs.push((i.value, j.value, t));
                        }
                        if m.is_none() {
                            for pr in pairs.into_iter().rev() {
                                work.push(pr);
                            }
                        }
                        m
                    }
                }
            }
            (Value::Lambda(..) | Value::Builtin(_) | Value::PrimOpApp(_), _) => Some(
                "distinct functions and immediate comparisons of identical functions compare as unequal".to_string(),
            ),
            _ => None,
        };
        if let Some(m) = msg {
            found = Some((m, trace));
            break;
        }
    }
    let assert_span = vm.prog.span(assert_pos);
    match found {
        Some((msg, trace)) => {
            let mut e = Error::new(ErrorKind::Assert, msg);
            // traces are stored innermost first
            for (span, line) in trace.into_iter().rev() {
                e = e.trace(span, line);
            }
            e.trace(assert_span, format!("while evaluating the condition of the assertion '{text}'"))
        }
        None => Error::new(ErrorKind::Assert, format!("assertion '{text}' failed")).at(assert_span),
    }
}
