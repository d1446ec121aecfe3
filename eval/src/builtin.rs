//! The shape of a builtin (the set of builtins lives in `nixlet-builtins`).
//!
//! A builtin is a plain Rust function from its (already forced, where declared strict)
//! arguments to a [`Step`]. A builtin that needs a value forced or a function called
//! does not recurse into the evaluator: it returns a `Step` carrying a continuation
//! ([`Cont`]) and the VM resumes it with the result. Deep Nix recursion through
//! builtins therefore never grows the Rust stack.

use crate::error::{Error, EvalResult};
use crate::value::Value;
use crate::vm::Vm;

/// What a builtin (or continuation) wants the VM to do next.
pub enum Step {
    /// Finished with this value (forced to weak head normal form by the VM if needed).
    Done(Value),
    /// Force `Value`, then resume the continuation with the result.
    Force(Value, Box<dyn Cont>),
    /// Call `f` with the arguments, then resume the continuation with the result.
    Call(Value, Args, Box<dyn Cont>),
    /// Call `f` with the arguments, then give the continuation the result through
    /// [`Cont::again`]: for a continuation that calls a function once per element
    /// (`foldl'`, `filter`), whose frame then stays while it calls again.
    Each(Value, Args, Box<dyn Cont>),
    /// Call `f` with the arguments; its result is the builtin's result.
    TailCall(Value, Args),
    /// Run the inner step to completion, then resume the continuation with its result.
    Seq(Box<Step>, Box<dyn Cont>),
}

/// Up to three call arguments, inline.
#[derive(Debug, Clone, Copy)]
pub struct Args {
    /// Number of arguments used.
    pub n: u8,
    /// The arguments.
    pub v: [Value; 3],
}

impl Args {
    /// One argument.
    pub fn one(a: Value) -> Self {
        Args { n: 1, v: [a, Value::Null, Value::Null] }
    }
    /// Two arguments.
    pub fn two(a: Value, b: Value) -> Self {
        Args { n: 2, v: [a, b, Value::Null] }
    }
    /// The used arguments.
    pub fn as_slice(&self) -> &[Value] {
        &self.v[..self.n as usize]
    }
}

/// What a continuation that calls a function once per element wants next
/// ([`Cont::again`]).
pub enum Again {
    /// Call `f` with the arguments and come back here (to `again`) with the result.
    Call(Value, Args),
    /// Finished with this value, as if `resume` had returned [`Step::Done`].
    Done(Value),
    /// Run this step, then [`Cont::resume`] with its result (as [`Step::Seq`]).
    Seq(Box<Step>),
    /// Not handled here: [`Cont::resume`] takes the value.
    Resume(Value),
}

/// A suspended native computation.
pub trait Cont {
    /// Continues with the value that was requested (in weak head normal form).
    fn resume(self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step>;

    /// Continues in place, after a call a [`Step::Each`] asked for: a continuation
    /// that calls a function once per element (`foldl'`, `filter`, …) takes the
    /// previous call's result and asks for the next call without leaving its frame
    /// (the VM enters the call above it directly, instead of popping the frame and
    /// the continuation to push them again). The default hands every value to
    /// [`Cont::resume`].
    fn again(&mut self, _vm: &mut Vm, v: Value) -> EvalResult<Again> {
        Ok(Again::Resume(v))
    }

    /// Called when an error unwinds through this continuation. The default passes it
    /// on; `tryEval` catches, `addErrorContext` annotates.
    fn on_error(self: Box<Self>, _vm: &mut Vm, e: Error) -> EvalResult<Step> {
        Err(e)
    }
}

/// Any closure of the right shape is a continuation.
impl<F> Cont for F
where
    F: FnOnce(&mut Vm, Value) -> EvalResult<Step>,
{
    fn resume(self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step> {
        (*self)(vm, v)
    }
}

/// The implementation of a builtin.
pub type BuiltinFn = fn(&mut Vm, &[Value]) -> EvalResult<Step>;

/// A builtin's declaration.
#[derive(Clone, Copy)]
pub struct Builtin {
    /// Name (without `__`).
    pub name: &'static str,
    /// Number of arguments (1..=3).
    pub arity: u8,
    /// Bit `i` set: argument `i` is forced before the call.
    pub strict: u8,
    /// The implementation.
    pub func: BuiltinFn,
    /// Documentation (Markdown), shown by the REPL and language servers.
    pub doc: &'static str,
}

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<builtin {}>", self.name)
    }
}

/// Where a global is visible.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// Only as `builtins.name` and `__name`.
    Builtins,
    /// Also as a top-level name (`map`, `toString`, `throw`, ...).
    TopLevel,
    /// Only at top level (e.g. `__curPos`-like internals); rare.
    TopLevelOnly,
}
