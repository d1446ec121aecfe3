//! Helpers shared by the builtin families: forcing several values, coercions to
//! paths and strings, argument-context messages.

use nixlet_eval::builtin::{Cont, Step};
use nixlet_eval::coerce::{CoerceOpts, coerce_to_string};
use nixlet_eval::value::{NixString, Thunk, Value};
use nixlet_eval::{Error, EvalResult, Vm};

/// What to do with forced values.
type ThenValues = Box<dyn FnOnce(&mut Vm, Vec<Value>) -> EvalResult<Step>>;

struct ForceEach {
    values: Vec<Value>,
    next: usize,
    then: Option<ThenValues>,
}

impl ForceEach {
    fn run(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        while self.next < self.values.len() {
            let v = vm.heap.resolve(self.values[self.next]);
            if let Value::Thunk(t) = v {
                if let Thunk::Blackhole = vm.heap.thunk(t) {
                    return Err(Error::infinite_recursion(t));
                }
                return Ok(Step::Force(v, self));
            }
            self.values[self.next] = v;
            self.next += 1;
        }
        let then = self.then.take();
        let values = std::mem::take(&mut self.values);
        match then {
            Some(t) => t(vm, values),
            None => Ok(Step::Done(Value::Null)),
        }
    }
}

impl Cont for ForceEach {
    fn resume(mut self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step> {
        if self.next < self.values.len() {
            self.values[self.next] = v;
            self.next += 1;
        }
        self.run(vm)
    }
}

/// Forces every value (in order) to weak head normal form, then continues.
/// When every value is evaluated already, `then` runs at once and nothing is boxed.
pub fn force_each(
    vm: &mut Vm,
    values: Vec<Value>,
    then: impl FnOnce(&mut Vm, Vec<Value>) -> EvalResult<Step> + 'static,
) -> EvalResult<Step> {
    match evaluated(vm, values) {
        Ok(values) => vm.continue_now(values, then),
        Err(values) => Box::new(ForceEach { values, next: 0, then: Some(Box::new(then)) }).run(vm),
    }
}

/// The values in weak head normal form if none is an unevaluated thunk (no
/// forcing needed), else the values unchanged.
fn evaluated(vm: &Vm, mut values: Vec<Value>) -> Result<Vec<Value>, Vec<Value>> {
    for i in 0..values.len() {
        match vm.heap.resolve(values[i]) {
            Value::Thunk(_) => return Err(values),
            v => values[i] = v,
        }
    }
    Ok(values)
}

/// The decimal digits of `i` (with a `-` if negative), written into the end of `buf`.
pub fn int_digits(i: i64, buf: &mut [u8; 20]) -> &[u8] {
    // i64::MIN has 19 digits and a sign: 20 bytes always suffice
    let mut n = i.unsigned_abs();
    let mut pos = buf.len();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    &buf[pos..]
}

/// Forces one value, then continues.
pub fn force_then(
    vm: &mut Vm,
    v: Value,
    then: impl FnOnce(&mut Vm, Value) -> EvalResult<Step> + 'static,
) -> EvalResult<Step> {
    match vm.heap.resolve(v) {
        Value::Thunk(_) => Ok(Step::Force(v, Box::new(then))),
        x => vm.continue_now(x, then),
    }
}

/// `while evaluating the first argument passed to builtins.NAME`, formatted only
/// when an error needs it.
pub fn nth_arg(n: usize, name: &str) -> NthArg<'_> {
    NthArg { n, name }
}

/// See [`nth_arg`].
#[derive(Debug, Clone, Copy)]
pub struct NthArg<'a> {
    n: usize,
    name: &'a str,
}

impl std::fmt::Display for NthArg<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let ord = ["first", "second", "third", "fourth"].get(self.n).copied().unwrap_or("an");
        write!(f, "while evaluating the {ord} argument passed to builtins.{}", self.name)
    }
}

/// Coerces a value to an absolute, canonical path (Nix's `coerceToPath`), then continues.
pub fn coerce_to_path(
    vm: &mut Vm,
    v: Value,
    ctx: &'static str,
    then: impl FnOnce(&mut Vm, String) -> EvalResult<Step> + 'static,
) -> EvalResult<Step> {
    // `ctx` describes the coercion only: errors raised by `then` pass through untouched
    crate::files::coerce_path_scoped(vm, v, ctx.to_string(), move |vm, p, _context| then(vm, p))
}

/// Coerces to a string (interpolation rules) and continues with the bytes and context.
/// `ctx` is added to errors of the coercion, not to errors `then` raises.
pub fn coerce_string(
    vm: &mut Vm,
    v: Value,
    opts: CoerceOpts,
    ctx: impl std::fmt::Display + 'static,
    then: impl FnOnce(&mut Vm, NixString) -> EvalResult<Step> + 'static,
) -> EvalResult<Step> {
    // fast paths: a string is itself, an integer its digits
    match vm.heap.resolve(v) {
        Value::String(s) => {
            let st = vm.heap.string(s).to_nix_string();
            return vm.continue_now(st, then);
        }
        Value::Int(i) if opts.more => {
            let mut buf = [0u8; 20];
            return vm.continue_now(NixString::plain(int_digits(i, &mut buf)), then);
        }
        // most often a thunk yielding a string: force it, then take the fast path
        // (no work list, and the context message is formatted only for an error)
        Value::Thunk(_) => return Ok(Step::Force(v, Box::new(CoerceForced { opts, ctx, then }))),
        _ => {}
    }
    let ctx = ctx.to_string();
    let entered = std::rc::Rc::new(std::cell::Cell::new(false));
    let flag = entered.clone();
    let then = move |vm: &mut Vm, s: NixString| {
        flag.set(true);
        then(vm, s)
    };
    match coerce_to_string(vm, v, opts, Box::new(then)) {
        Err(e) if !entered.get() && !ctx.is_empty() => Err(e.trace(None, ctx)),
        Err(e) => Err(e),
        Ok(Step::Done(v)) => Ok(Step::Done(v)),
        Ok(step) if !ctx.is_empty() => Ok(Step::Seq(Box::new(step), Box::new(CoerceCtx { ctx, entered }))),
        Ok(step) => Ok(step),
    }
}

/// [`coerce_string`] of a thunk, once forced; errors while forcing it get the
/// coercion's context line.
struct CoerceForced<C, F> {
    opts: CoerceOpts,
    ctx: C,
    then: F,
}

impl<C, F> Cont for CoerceForced<C, F>
where
    C: std::fmt::Display + 'static,
    F: FnOnce(&mut Vm, NixString) -> EvalResult<Step> + 'static,
{
    fn resume(self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step> {
        let CoerceForced { opts, ctx, then } = *self;
        coerce_string(vm, v, opts, ctx, then)
    }
    fn on_error(self: Box<Self>, _vm: &mut Vm, e: Error) -> EvalResult<Step> {
        let ctx = self.ctx.to_string();
        Err(if ctx.is_empty() { e } else { e.trace(None, ctx) })
    }
}

/// Adds a coercion's context line to errors raised before its continuation ran.
struct CoerceCtx {
    ctx: String,
    entered: std::rc::Rc<std::cell::Cell<bool>>,
}

impl Cont for CoerceCtx {
    fn resume(self: Box<Self>, _vm: &mut Vm, v: Value) -> EvalResult<Step> {
        Ok(Step::Done(v))
    }
    fn on_error(self: Box<Self>, _vm: &mut Vm, e: Error) -> EvalResult<Step> {
        if self.entered.get() { Err(e) } else { Err(e.trace(None, self.ctx)) }
    }
}

/// Runs `step` to completion without the VM when it needs nothing evaluated (every
/// value it forces is already a value, and it calls no function): `Ok(None)` if it
/// does. For comparisons of values that were deep-forced first.
pub fn run_evaluated(vm: &mut Vm, step: Step) -> EvalResult<Option<Value>> {
    let mut konts: Vec<Box<dyn Cont>> = Vec::new();
    let mut step = step;
    loop {
        let next = match step {
            Step::Done(v) => match konts.pop() {
                None => return Ok(Some(v)),
                Some(k) => k.resume(vm, v),
            },
            Step::Seq(inner, k) => {
                konts.push(k);
                Ok(*inner)
            }
            Step::Force(v, k) => match vm.heap.resolve(v) {
                Value::Thunk(_) => return Ok(None),
                r => k.resume(vm, r),
            },
            Step::Call(..) | Step::Each(..) | Step::TailCall(..) => return Ok(None),
        };
        step = match next {
            Ok(s) => s,
            Err(mut e) => loop {
                // the pending continuations see the error, as they would in the VM
                match konts.pop() {
                    None => return Err(e),
                    Some(k) => match k.on_error(vm, e) {
                        Ok(s) => break s,
                        Err(e2) => e = e2,
                    },
                }
            },
        };
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn int_digits_are_decimal() {
        let mut buf = [0u8; 20];
        for i in [0, 7, -7, 10, 1234567890, i64::MAX, i64::MIN, -1000] {
            assert_eq!(super::int_digits(i, &mut buf), i.to_string().as_bytes());
        }
    }
}
