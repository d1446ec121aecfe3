//! Arithmetic, bitwise and comparison builtins.

use crate::util::*;
use crate::{Decl, decl};
use nixlet_eval::builtin::Step;
use nixlet_eval::value::Value;
use nixlet_eval::{Arith, Error, EvalResult, Vm};

pub(crate) const DECLS: &[Decl] = &[
    decl!("__add", 2, 0b11, add, "The sum of *e1* and *e2* (integer overflow is an error)."),
    decl!("__sub", 2, 0b11, sub, "The difference of *e1* and *e2*."),
    decl!("__mul", 2, 0b11, mul, "The product of *e1* and *e2*."),
    decl!("__div", 2, 0b11, div, "The quotient of *e1* and *e2* (integer division truncates)."),
    decl!("__bitAnd", 2, 0b11, bit_and, "Bitwise AND of two integers."),
    decl!("__bitOr", 2, 0b11, bit_or, "Bitwise OR of two integers."),
    decl!("__bitXor", 2, 0b11, bit_xor, "Bitwise XOR of two integers."),
    decl!("__lessThan", 2, 0b11, less_than, "`e1 < e2` (numbers, strings, paths, lists)."),
    decl!("__ceil", 1, 0b1, ceil, "The smallest integer not less than the number."),
    decl!("__floor", 1, 0b1, floor, "The largest integer not greater than the number."),
];

fn check_num(vm: &Vm, v: Value, ctx: &str) -> EvalResult<()> {
    match vm.heap.resolve(v) {
        Value::Int(_) | Value::Float(_) => Ok(()),
        other => Err(vm.expected("an integer", other).trace(None, ctx)),
    }
}

fn add(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    check_num(vm, args[0], "while evaluating the first argument of the addition")?;
    check_num(vm, args[1], "while evaluating the second argument of the addition")?;
    let (a, b) = (vm.heap.resolve(args[0]), vm.heap.resolve(args[1]));
    Ok(Step::Done(match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            Value::Int(x.checked_add(y).ok_or_else(|| Error::eval(format!("integer overflow in adding {x} + {y}")))?)
        }
        (Value::Int(x), Value::Float(y)) => Value::Float(x as f64 + y),
        (Value::Float(x), Value::Int(y)) => Value::Float(x + y as f64),
        (Value::Float(x), Value::Float(y)) => Value::Float(x + y),
        _ => Value::Null,
    }))
}

fn arith(vm: &mut Vm, args: &[Value], op: Arith, which: &str) -> EvalResult<Step> {
    check_num(vm, args[0], &format!("while evaluating the first argument of the {which}"))?;
    check_num(vm, args[1], &format!("while evaluating the second argument of the {which}"))?;
    let (a, b) = (vm.heap.resolve(args[0]), vm.heap.resolve(args[1]));
    Ok(Step::Done(vm.arith(a, b, op)?))
}

fn sub(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    arith(vm, args, Arith::Sub, "subtraction")
}
fn mul(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    arith(vm, args, Arith::Mul, "multiplication")
}
fn div(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    // `arith` checks the divisor first, as Nix's `div` does
    let (a, b) = (vm.heap.resolve(args[0]), vm.heap.resolve(args[1]));
    Ok(Step::Done(vm.arith(a, b, Arith::Div)?))
}

fn bits(vm: &mut Vm, args: &[Value], name: &str, f: fn(i64, i64) -> i64) -> EvalResult<Step> {
    let a = vm.want_int(args[0], nth_arg(0, name))?;
    let b = vm.want_int(args[1], nth_arg(1, name))?;
    Ok(Step::Done(Value::Int(f(a, b))))
}

fn bit_and(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    bits(vm, args, "bitAnd", |a, b| a & b)
}
fn bit_or(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    bits(vm, args, "bitOr", |a, b| a | b)
}
fn bit_xor(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    bits(vm, args, "bitXor", |a, b| a ^ b)
}

fn less_than(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    match nixlet_eval::eq::less_than(vm, args[0], args[1])? {
        Ok(r) => Ok(Step::Done(Value::Bool(r))),
        Err(step) => Ok(step),
    }
}

fn round(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> f64) -> EvalResult<Step> {
    match vm.heap.resolve(args[0]) {
        Value::Int(i) => Ok(Step::Done(Value::Int(i))),
        other => {
            let x = vm.want_float(other, nth_arg(0, name))?;
            let r = f(x);
            if r.is_finite() && (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&r) {
                Ok(Step::Done(Value::Int(r as i64)))
            } else {
                Err(Error::eval(format!(
                    "NixFloat argument {} is not in the range of NixInt",
                    nixlet_eval::print::format_float(x)
                )))
            }
        }
    }
}

fn ceil(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    round(vm, args, "ceil", f64::ceil)
}
fn floor(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    round(vm, args, "floor", f64::floor)
}
