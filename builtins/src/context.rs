//! String-context builtins.
//!
//! A context element is kept as Nix renders it: `/nix/store/…` (a plain store path),
//! `=/nix/store/….drv` (a derivation with all its outputs, "deep"), and
//! `!out!/nix/store/….drv` (one output of a derivation).

use crate::util::*;
use crate::{Decl, decl};
use nixlet_eval::builtin::Step;
use nixlet_eval::coerce::CoerceOpts;
use nixlet_eval::value::{CtxElem, NixString, Value};
use nixlet_eval::{Error, EvalResult, Sym, Vm};
use std::collections::BTreeMap;

pub(crate) const DECLS: &[Decl] = &[
    decl!("__hasContext", 1, 0b1, has_context, "Whether string *s* has a non-empty context."),
    decl!(
        "__getContext",
        1,
        0b1,
        get_context,
        "The context of string *s*, as a set from store paths to `{ path?; allOutputs?; outputs?; }`."
    ),
    decl!(
        "__appendContext",
        2,
        0b11,
        append_context,
        "String *s* with the context elements described by *ctx* (in the form `getContext` returns) added."
    ),
    decl!(
        "__unsafeDiscardStringContext",
        1,
        0b1,
        discard_context,
        "Discard the context of a value coercible to a string."
    ),
    decl!(
        "__unsafeDiscardOutputDependency",
        1,
        0b1,
        discard_output_dependency,
        "Turn every derivation-deep context element into a plain one."
    ),
    decl!(
        "__addDrvOutputDependencies",
        1,
        0b1,
        add_drv_output_dependencies,
        "Turn a single plain `.drv` context element into a derivation-deep one."
    ),
];

/// One parsed context element.
pub(crate) enum Elem<'a> {
    Opaque(&'a str),
    DrvDeep(&'a str),
    Built { drv: &'a str, output: &'a str },
}

pub(crate) fn parse_elem(c: &str) -> Elem<'_> {
    if let Some(p) = c.strip_prefix('=') {
        return Elem::DrvDeep(p);
    }
    if let Some((out, drv)) = c.strip_prefix('!').and_then(|rest| rest.split_once('!')) {
        return Elem::Built { drv, output: out };
    }
    Elem::Opaque(c)
}

fn string_with_ctx(vm: &mut Vm, bytes: Box<[u8]>, mut ctx: Vec<CtxElem>) -> Value {
    ctx.sort();
    ctx.dedup();
    vm.mk_string(NixString { bytes, context: if ctx.is_empty() { None } else { Some(ctx.into_boxed_slice()) } })
}

fn has_context(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let s = vm.want_string(args[0], "while evaluating the argument passed to builtins.hasContext")?;
    Ok(Step::Done(Value::Bool(!vm.heap.string(s).context().is_empty())))
}

fn discard_context(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    coerce_string(
        vm,
        args[0],
        CoerceOpts::INTERP,
        "while evaluating the argument passed to builtins.unsafeDiscardStringContext",
        |vm, s| Ok(Step::Done(vm.mk_string(NixString::plain(s.bytes)))),
    )
}

fn discard_output_dependency(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    coerce_string(
        vm,
        args[0],
        CoerceOpts::INTERP,
        "while evaluating the argument passed to builtins.unsafeDiscardOutputDependency",
        |vm, s| {
            let ctx: Vec<CtxElem> = s
                .context()
                .iter()
                .map(|c| match parse_elem(c) {
                    Elem::DrvDeep(p) => p.into(),
                    _ => c.clone(),
                })
                .collect();
            Ok(Step::Done(string_with_ctx(vm, s.bytes, ctx)))
        },
    )
}

fn add_drv_output_dependencies(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    coerce_string(
        vm,
        args[0],
        CoerceOpts::INTERP,
        "while evaluating the argument passed to builtins.addDrvOutputDependencies",
        |vm, s| {
            let ctx = s.context();
            if ctx.len() != 1 {
                let text = String::from_utf8_lossy(&s.bytes).into_owned();
                return Err(Error::eval(format!(
                    "context of string '{text}' must have exactly one element, but has {}",
                    ctx.len()
                )));
            }
            let new: CtxElem = match parse_elem(&ctx[0]) {
                Elem::Opaque(p) => {
                    if !p.ends_with(".drv") {
                        return Err(Error::eval(format!("path '{p}' is not a derivation")));
                    }
                    format!("={p}").into()
                }
                Elem::Built { output, .. } => {
                    return Err(Error::eval(format!(
                        "`addDrvOutputDependencies` can only act on derivations, not on a derivation output such as '{output}'"
                    )));
                }
                Elem::DrvDeep(_) => ctx[0].clone(),
            };
            Ok(Step::Done(string_with_ctx(vm, s.bytes.clone(), vec![new])))
        },
    )
}

#[derive(Default)]
struct Info {
    path: bool,
    all_outputs: bool,
    outputs: Vec<String>,
}

fn get_context(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let s = vm.want_string(args[0], "while evaluating the argument passed to builtins.getContext")?;
    let ctx: Vec<CtxElem> = vm.heap.string(s).context().to_vec();
    let mut infos: BTreeMap<String, Info> = BTreeMap::new();
    for c in &ctx {
        match parse_elem(c) {
            Elem::Opaque(p) => infos.entry(p.to_string()).or_default().path = true,
            Elem::DrvDeep(p) => infos.entry(p.to_string()).or_default().all_outputs = true,
            Elem::Built { drv, output } => infos.entry(drv.to_string()).or_default().outputs.push(output.to_string()),
        }
    }
    let (k_path, k_outputs) = (vm.known.path, vm.known.outputs);
    let k_all = vm.symbols.intern("allOutputs");
    let mut pairs: Vec<(Sym, Value)> = Vec::with_capacity(infos.len());
    for (path, info) in infos {
        let mut inner = Vec::new();
        if info.path {
            inner.push((k_path, Value::Bool(true)));
        }
        if info.all_outputs {
            inner.push((k_all, Value::Bool(true)));
        }
        if !info.outputs.is_empty() {
            let items: Vec<Value> = info.outputs.iter().map(|o| vm.mk_str(o.as_bytes())).collect();
            let l = vm.mk_list(&items);
            inner.push((k_outputs, l));
        }
        let v = vm.mk_attrs(inner);
        let sym = vm.symbols.intern(&path);
        pairs.push((sym, v));
    }
    Ok(Step::Done(vm.mk_attrs(pairs)))
}

fn append_context(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let s = vm.want_string(args[0], "while evaluating the first argument passed to builtins.appendContext")?;
    let orig = vm.heap.string(s).to_nix_string();
    let a = vm.want_attrs(args[1], "while evaluating the second argument passed to builtins.appendContext")?;
    let entries = vm.heap.attrs_vec(a);
    let values: Vec<Value> = entries.iter().map(|e| e.value).collect();
    force_each(vm, values, move |vm: &mut Vm, infos: Vec<Value>| {
        let store_dir = vm.store.store_dir().to_string();
        let prefix = format!("{}/", store_dir.trim_end_matches('/'));
        let mut ctx: Vec<CtxElem> = orig.context().to_vec();
        let (k_path, k_outputs) = (vm.known.path, vm.known.outputs);
        let k_all = vm.symbols.intern("allOutputs");
        let mut pending: Vec<(String, Value, Value, Value)> = Vec::new();
        for (e, info) in entries.iter().zip(infos) {
            let name = vm.symbols.str(e.name).into_owned();
            let base = name.strip_prefix(&prefix).unwrap_or("");
            if base.is_empty() || base.contains('/') || nixlet_store::StorePath::from_base_name(base).is_err() {
                return Err(Error::eval(format!("context key '{name}' is not a store path")));
            }
            let ia = vm.want_attrs(info, "while evaluating the value of a string context")?;
            let get = |vm: &Vm, k| vm.heap.attr(ia, k).map(|x| x.value).unwrap_or(Value::Null);
            pending.push((name, get(vm, k_path), get(vm, k_all), get(vm, k_outputs)));
        }
        // the flags may be thunks: force them all, then build the context
        let flat: Vec<Value> = pending.iter().flat_map(|(_, p, a, o)| [*p, *a, *o]).collect();
        force_each(vm, flat, move |vm: &mut Vm, forced: Vec<Value>| {
            for (i, (name, _, _, _)) in pending.iter().enumerate() {
                let (p, all, outs) = (forced[3 * i], forced[3 * i + 1], forced[3 * i + 2]);
                if !matches!(p, Value::Null)
                    && vm.want_bool(p, "while evaluating the `path` attribute of a string context")?
                {
                    ctx.push(name.clone().into());
                }
                if !matches!(all, Value::Null)
                    && vm.want_bool(all, "while evaluating the `allOutputs` attribute of a string context")?
                {
                    if !name.ends_with(".drv") {
                        return Err(Error::eval(format!(
                            "tried to add all-outputs context of {name}, which is not a derivation, to a string"
                        )));
                    }
                    ctx.push(format!("={name}").into());
                }
                if !matches!(outs, Value::Null) {
                    let l = vm.want_list(outs, "while evaluating the `outputs` attribute of a string context")?;
                    if l.len > 0 && !name.ends_with(".drv") {
                        return Err(Error::eval(format!(
                            "tried to add derivation output context of {name}, which is not a derivation, to a string"
                        )));
                    }
                    for o in vm.heap.list(l).to_vec() {
                        let out = vm.want_string_no_ctx(
                            vm.heap.resolve(o),
                            "while evaluating an output name within a string context",
                        )?;
                        ctx.push(format!("!{}!{name}", String::from_utf8_lossy(&out)).into());
                    }
                }
            }
            Ok(Step::Done(string_with_ctx(vm, orig.bytes, ctx)))
        })
    })
}
