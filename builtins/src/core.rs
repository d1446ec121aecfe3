//! Control, reflection, types, `import`: the builtins the language leans on.

use crate::util::*;
use crate::{Decl, decl};
use nixlet_eval::builtin::{Cont, Step};
use nixlet_eval::coerce::CoerceOpts;
use nixlet_eval::error::ErrorKind;
use nixlet_eval::print::{deep_force, format_float};
use nixlet_eval::value::{NixString, Type, Value};
use nixlet_eval::vm::Message;
use nixlet_eval::{Error, EvalResult, Vm};

pub(crate) const DECLS: &[Decl] = &[
    decl!("import", 1, 0b1, import, "Load, parse and return the Nix expression in the file *path*."),
    decl!(
        "scopedImport",
        2,
        0b11,
        scoped_import,
        "Like `import`, with the attributes of *scope* in scope of the imported file."
    ),
    decl!(
        "__typeOf",
        1,
        0b1,
        type_of,
        "The type of *e* as a string: `int`, `bool`, `string`, `path`, `null`, `set`, `list`, `lambda` or `float`."
    ),
    decl!("isNull", 1, 0b1, is_null, "Whether *e* is `null`. Deprecated; use `e == null`."),
    decl!("__isFunction", 1, 0b1, is_function, "Whether *e* is a function."),
    decl!("__isInt", 1, 0b1, is_int, "Whether *e* is an integer."),
    decl!("__isFloat", 1, 0b1, is_float, "Whether *e* is a float."),
    decl!("__isString", 1, 0b1, is_string, "Whether *e* is a string."),
    decl!("__isBool", 1, 0b1, is_bool, "Whether *e* is a Boolean."),
    decl!("__isPath", 1, 0b1, is_path, "Whether *e* is a path."),
    decl!("__isAttrs", 1, 0b1, is_attrs, "Whether *e* is a set."),
    decl!("__isList", 1, 0b1, is_list, "Whether *e* is a list."),
    decl!("throw", 1, 0b1, throw, "Throw an error message *s*. Unlike `abort`, the error can be caught by `tryEval`."),
    decl!("abort", 1, 0b1, abort, "Abort evaluation with error message *s*."),
    decl!("__seq", 2, 0b1, seq, "Evaluate *e1*, then return *e2*."),
    decl!("__deepSeq", 2, 0b1, deep_seq, "Evaluate *e1* deeply (all nested values), then return *e2*."),
    decl!(
        "__tryEval",
        1,
        0,
        try_eval,
        "Try to evaluate *e*: `{ success = true; value = e; }`, or `{ success = false; value = false; }` if it throws or an assertion fails."
    ),
    decl!("__trace", 2, 0b1, trace, "Print *e1* on standard error, then return *e2*."),
    decl!(
        "__traceVerbose",
        2,
        0b1,
        trace_verbose,
        "Like `trace`, if the `trace-verbose` setting is on (it is not: returns *e2*)."
    ),
    decl!("__warn", 2, 0b1, warn, "Print the warning *msg*, then return *e2*."),
    decl!(
        "toString",
        1,
        0b1,
        to_string,
        "Convert *e* to a string: strings, paths, sets with `__toString`/`outPath`, Booleans, numbers, null and lists."
    ),
    decl!("__addErrorContext", 2, 0, add_error_context, "Add context *msg* to errors raised while evaluating *e*."),
    decl!("break", 1, 0, brk, "In a debugger, pause evaluation; otherwise return *v* (nixlet has no debugger)."),
    decl!(
        "__getEnv",
        1,
        0b1,
        get_env,
        "The value of environment variable *s*, or `\"\"` if unset (empty in pure mode)."
    ),
    decl!("__functionArgs", 1, 0b1, function_args, "The formals of function *f* as a set of name → has-default."),
];

fn ty(vm: &Vm, v: Value) -> Type {
    vm.heap.type_of(v)
}

fn import(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    coerce_to_path(vm, args[0], crate::files::REALISING, |vm, path| {
        let v = vm.import_path(&path)?;
        Ok(Step::Done(v))
    })
}

fn scoped_import(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    // as Nix: the path is realised before the scope is looked at
    let scope_v = args[0];
    coerce_to_path(vm, args[1], crate::files::REALISING, move |vm, path| {
        let scope = vm.want_attrs(scope_v, nth_arg(0, "scopedImport"))?;
        let path = vm.resolve_expr_path(&path);
        let bytes = vm.io.read_file(&path).map_err(|e| {
            Error::new(ErrorKind::Io, if e.not_found { format!("path '{path}' does not exist") } else { e.msg })
        })?;
        let text = String::from_utf8(bytes)
            .map_err(|_| Error::new(ErrorKind::Parse, format!("file '{path}' is not valid UTF-8")))?;
        let attrs: Vec<(nixlet_eval::Sym, Value)> =
            vm.heap.attrs_vec(scope).iter().map(|a| (a.name, a.value)).collect();
        let names: Vec<nixlet_eval::Sym> = attrs.iter().map(|a| a.0).collect();
        let values: Vec<Value> = attrs.iter().map(|a| a.1).collect();
        let dir = nixlet_eval::vm::parent_dir(&path);
        let c = vm.compile(nixlet_parser::Origin::Path(path.clone()), &text, &dir, &names)?;
        Ok(Step::Done(vm.file_thunk(c, &values)))
    })
}

fn type_of(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let t = ty(vm, args[0]).type_of();
    Ok(Step::Done(vm.mk_str(t.as_bytes())))
}

fn is_null(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Done(Value::Bool(ty(vm, args[0]) == Type::Null)))
}
fn is_function(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Done(Value::Bool(ty(vm, args[0]) == Type::Function)))
}
fn is_int(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Done(Value::Bool(ty(vm, args[0]) == Type::Int)))
}
fn is_float(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Done(Value::Bool(ty(vm, args[0]) == Type::Float)))
}
fn is_string(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Done(Value::Bool(ty(vm, args[0]) == Type::String)))
}
fn is_bool(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Done(Value::Bool(ty(vm, args[0]) == Type::Bool)))
}
fn is_path(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Done(Value::Bool(ty(vm, args[0]) == Type::Path)))
}
fn is_attrs(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Done(Value::Bool(ty(vm, args[0]) == Type::Attrs)))
}
fn is_list(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Done(Value::Bool(ty(vm, args[0]) == Type::List)))
}

fn throw(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    coerce_string(
        vm,
        args[0],
        CoerceOpts::NO_COPY,
        "while evaluating the error message passed to builtin.throw",
        |_vm, s| Err(Error::new(ErrorKind::Throw, String::from_utf8_lossy(&s.bytes).into_owned())),
    )
}

fn abort(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    coerce_string(
        vm,
        args[0],
        CoerceOpts::NO_COPY,
        "while evaluating the error message passed to builtins.abort",
        |_vm, s| {
            let msg = String::from_utf8_lossy(&s.bytes).into_owned();
            Err(Error::new(ErrorKind::Abort, format!("evaluation aborted with the following error message: '{msg}'")))
        },
    )
}

fn seq(_vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    // forced inside the builtin, so errors in it are traced as coming from `seq`
    Ok(Step::Force(args[1], Box::new(|_vm: &mut Vm, v: Value| Ok(Step::Done(v)))))
}

fn deep_seq(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let b = args[1];
    let step = deep_force(vm, args[0])?;
    Ok(Step::Seq(Box::new(step), Box::new(move |_vm: &mut Vm, _v: Value| Ok(Step::Done(b)))))
}

struct TryEval;

impl Cont for TryEval {
    fn resume(self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step> {
        let (kv, ks) = (vm.known.value, vm.known.success);
        Ok(Step::Done(vm.mk_attrs(vec![(kv, v), (ks, Value::Bool(true))])))
    }
    fn on_error(self: Box<Self>, vm: &mut Vm, e: Error) -> EvalResult<Step> {
        if !e.is_catchable() {
            return Err(e);
        }
        // the error stops here: the thunks it failed raise it again as it is now
        vm.memoise_final(&e);
        let (kv, ks) = (vm.known.value, vm.known.success);
        Ok(Step::Done(vm.mk_attrs(vec![(kv, Value::Bool(false)), (ks, Value::Bool(false))])))
    }
}

fn try_eval(_vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Force(args[0], Box::new(TryEval)))
}

/// `trace:` rendering: strings raw, other values like Nix's value printer.
pub(crate) fn trace_text(vm: &Vm, v: Value) -> String {
    match vm.heap.resolve(v) {
        Value::String(s) => String::from_utf8_lossy(vm.heap.str_bytes(s)).into_owned(),
        other => show_value(vm, other),
    }
}

/// Nix's `ValuePrinter` without limits (used by `trace`).
pub(crate) fn show_value(vm: &Vm, v: Value) -> String {
    let mut out = String::new();
    let mut seen = rustc_hash::FxHashSet::default();
    show_rec(vm, v, &mut out, &mut seen, 0);
    out
}

fn show_rec(
    vm: &Vm,
    v: Value,
    out: &mut String,
    seen: &mut rustc_hash::FxHashSet<nixlet_eval::value::AttrsId>,
    depth: usize,
) {
    use nixlet_eval::value::Thunk;
    if depth > 10_000 {
        out.push_str("«too deep»");
        return;
    }
    match vm.heap.resolve(v) {
        Value::Attrs(a) => {
            if !seen.insert(a) {
                out.push_str("«repeated»");
                return;
            }
            out.push('{');
            for attr in nixlet_eval::print::sorted_attrs(vm, a) {
                out.push(' ');
                let mut n = Vec::new();
                nixlet_eval::print::push_attr_name(&mut n, vm.symbols.bytes(attr.name));
                out.push_str(&String::from_utf8_lossy(&n));
                out.push_str(" = ");
                show_rec(vm, attr.value, out, seen, depth + 1);
                out.push(';');
            }
            out.push_str(" }");
        }
        Value::List(l) => {
            out.push('[');
            for e in vm.heap.list(l).to_vec() {
                out.push(' ');
                show_rec(vm, e, out, seen, depth + 1);
            }
            out.push_str(" ]");
        }
        Value::Thunk(t) => match vm.heap.thunk(t) {
            Thunk::Blackhole => out.push_str("«potential infinite recursion»"),
            _ => out.push_str("«thunk»"),
        },
        Value::Float(f) => out.push_str(&format_float(f)),
        other => out.push_str(&nixlet_eval::print::show_short(vm, other)),
    }
}

fn trace(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let text = trace_text(vm, args[0]);
    (vm.on_message)(Message::Trace(format!("trace: {text}")));
    Ok(Step::Done(args[1]))
}

fn trace_verbose(_vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Done(args[1]))
}

fn warn(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let s = vm.want_string(args[0], "while evaluating the first argument; the message passed to builtins.warn")?;
    let msg = String::from_utf8_lossy(vm.heap.str_bytes(s)).into_owned();
    let rendered = if msg.starts_with('\n') {
        format!("evaluation warning:{msg}")
    } else {
        nixlet_parser::diagnostic::indent_block("evaluation warning: ", &msg)
    };
    (vm.on_message)(Message::Warning(rendered));
    if vm.opts.abort_on_warn {
        return Err(Error::new(ErrorKind::Abort, "aborting to reveal stack trace of warning, as abort-on-warn is set"));
    }
    Ok(Step::Done(args[1]))
}

fn to_string(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    // the common cases without a copy: a string is itself, an integer its digits
    match vm.heap.resolve(args[0]) {
        s @ Value::String(_) => return Ok(Step::Done(s)),
        Value::Int(i) => {
            let mut buf = [0u8; 20];
            return Ok(Step::Done(vm.mk_str(crate::util::int_digits(i, &mut buf))));
        }
        _ => {}
    }
    let opts = CoerceOpts { more: true, copy_to_store: false };
    coerce_string(vm, args[0], opts, nth_arg(0, "toString"), |vm, s: NixString| Ok(Step::Done(vm.mk_string(s))))
}

struct ErrorContext {
    msg: Value,
}

impl Cont for ErrorContext {
    fn resume(self: Box<Self>, _vm: &mut Vm, v: Value) -> EvalResult<Step> {
        Ok(Step::Done(v))
    }
    fn on_error(self: Box<Self>, vm: &mut Vm, e: Error) -> EvalResult<Step> {
        // the message is coerced now (an error doing so replaces the original one) and
        // printed even without --show-trace, as in Nix
        let ctx = "while evaluating the error message passed to builtins.addErrorContext".to_string();
        crate::util::coerce_string(vm, self.msg, CoerceOpts::NO_COPY, ctx, move |_vm, s| {
            Err(e.trace_always(None, String::from_utf8_lossy(&s.bytes).into_owned()))
        })
    }
}

fn add_error_context(_vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Force(args[1], Box::new(ErrorContext { msg: args[0] })))
}

fn brk(_vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    Ok(Step::Done(args[0]))
}

fn get_env(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let name = vm.want_string_no_ctx(args[0], nth_arg(0, "getEnv"))?;
    if vm.opts.restricted {
        let name = String::from_utf8_lossy(&name);
        return Err(Error::eval(format!("access to environment variable '{name}' is forbidden in restricted mode")));
    }
    if vm.opts.pure {
        return Ok(Step::Done(vm.mk_str(b"")));
    }
    let name = String::from_utf8_lossy(&name).into_owned();
    let v = vm.io.get_env(&name).unwrap_or_default();
    Ok(Step::Done(vm.mk_str(v.as_bytes())))
}

fn function_args(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    match vm.heap.resolve(args[0]) {
        Value::Lambda(l, _) => {
            let info = &vm.prog.lambdas[l.0 as usize];
            let Some(f) = info.formals else {
                return Ok(Step::Done(vm.mk_attrs(Vec::new())));
            };
            let mut entries: Vec<nixlet_eval::value::Attr> = vm.prog.formals[f as usize]
                .formals
                .iter()
                .map(|x| nixlet_eval::value::Attr { name: x.name, pos: x.pos, value: Value::Bool(x.default.is_some()) })
                .collect();
            entries.sort_by_key(|a| a.name);
            Ok(Step::Done(Value::Attrs(vm.heap.alloc_attrs_sorted(&entries))))
        }
        Value::Builtin(_) | Value::PrimOpApp(_) => Ok(Step::Done(vm.mk_attrs(Vec::new()))),
        _ => Err(Error::eval("'functionArgs' requires a function")),
    }
}
