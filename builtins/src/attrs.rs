//! Attribute-set builtins.

use crate::util::*;
use crate::{Decl, decl};
use nixlet_eval::builtin::Step;
use nixlet_eval::print::sorted_attrs;
use nixlet_eval::value::{Attr, PosId, Value};
use nixlet_eval::{Error, EvalResult, Sym, Vm};

pub(crate) const DECLS: &[Decl] = &[
    decl!("__attrNames", 1, 0b1, attr_names, "The names of the attributes of *set*, sorted."),
    decl!(
        "__attrValues",
        1,
        0b1,
        attr_values,
        "The values of the attributes of *set*, in the order of their sorted names."
    ),
    decl!("__getAttr", 2, 0b11, get_attr, "`getAttr s set` is `set.${s}`."),
    decl!("__hasAttr", 2, 0b11, has_attr, "`hasAttr s set` is `set ? ${s}`."),
    decl!("removeAttrs", 2, 0b11, remove_attrs, "*set* without the attributes named in *list*."),
    decl!(
        "__listToAttrs",
        1,
        0b1,
        list_to_attrs,
        "A set from a list of `{ name; value; }` (the first of equal names wins)."
    ),
    decl!("__intersectAttrs", 2, 0b11, intersect_attrs, "The attributes of *e2* whose names are in *e1*."),
    decl!("__catAttrs", 2, 0b11, cat_attrs, "The values of attribute *attr* of the sets in *list* that have it."),
    decl!("__mapAttrs", 2, 0b10, map_attrs, "Apply *f name value* to every attribute, lazily."),
    decl!("__zipAttrsWith", 2, 0b10, zip_attrs_with, "Merge a list of sets: `f name [values…]` for each name."),
    decl!(
        "__unsafeGetAttrPos",
        2,
        0b11,
        unsafe_get_attr_pos,
        "The position `{ file; line; column; }` where attribute *s* of *set* was defined, or null."
    ),
];

fn attr_names(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let a = vm.want_attrs(args[0], "while evaluating the argument passed to builtins.attrNames")?;
    let names: Vec<Sym> = sorted_attrs(vm, a).iter().map(|x| x.name).collect();
    let items: Vec<Value> = names.into_iter().map(|n| vm.name_str(n)).collect();
    Ok(Step::Done(vm.mk_list(&items)))
}

fn attr_values(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let a = vm.want_attrs(args[0], "while evaluating the argument passed to builtins.attrValues")?;
    let items: Vec<Value> = sorted_attrs(vm, a).iter().map(|x| x.value).collect();
    Ok(Step::Done(vm.mk_list(&items)))
}

fn get_attr(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let sym = vm.want_name(args[0], nth_arg(0, "getAttr"))?;
    let a = vm.want_attrs(args[1], nth_arg(1, "getAttr"))?;
    match vm.heap.attr_search(a, sym) {
        Some(x) => Ok(Step::Done(x.value)),
        None => Err(vm.missing_attr(a, sym).trace(None, "in the attribute set under consideration")),
    }
}

fn has_attr(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let sym = vm.want_name(args[0], nth_arg(0, "hasAttr"))?;
    let a = vm.want_attrs(args[1], nth_arg(1, "hasAttr"))?;
    let found = vm.heap.attr_search(a, sym).is_some();
    Ok(Step::Done(Value::Bool(found)))
}

fn remove_attrs(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let a = vm.want_attrs(args[0], nth_arg(0, "removeAttrs"))?;
    let l = vm.want_list(args[1], nth_arg(1, "removeAttrs"))?;
    let items = vm.heap.list(l).to_vec();
    force_each(vm, items, move |vm: &mut Vm, names: Vec<Value>| {
        let mut remove: Vec<Sym> = Vec::with_capacity(names.len());
        for n in names {
            // a name no attribute has is interned needlessly, which is harmless;
            // names are usually attribute names already (cached, not copied)
            remove.push(
                vm.want_name(n, "while evaluating the values of the second argument passed to builtins.removeAttrs")?,
            );
        }
        // sorted, so that removing m names from n attributes is O((n + m) log m)
        remove.sort_unstable();
        let f = vm.heap.flat(a);
        let kept: Vec<Attr> =
            vm.heap.attrs(f).iter().filter(|x| remove.binary_search(&x.name).is_err()).copied().collect();
        if kept.len() == a.len() {
            return Ok(Step::Done(Value::Attrs(a)));
        }
        Ok(Step::Done(Value::Attrs(vm.heap.alloc_attrs_sorted(&kept))))
    })
}

fn list_to_attrs(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let l = vm.want_list(args[0], "while evaluating the argument passed to builtins.listToAttrs")?;
    let items = vm.heap.list(l).to_vec();
    force_each(vm, items, |vm: &mut Vm, elems: Vec<Value>| {
        let mut names = Vec::with_capacity(elems.len());
        let mut values = Vec::with_capacity(elems.len());
        let (kn, kv) = (vm.known.name, vm.known.value);
        for e in &elems {
            let a = vm.want_attrs(*e, "while evaluating an element of the list passed to builtins.listToAttrs")?;
            let Some(n) = vm.heap.attr(a, kn).copied() else {
                return Err(Error::eval("attribute 'name' missing").trace(None, "in a {name=...; value=...;} pair"));
            };
            names.push(n.value);
            values.push((a, n.pos));
        }
        force_each(vm, names, move |vm: &mut Vm, names: Vec<Value>| {
            let mut out: Vec<Attr> = Vec::with_capacity(names.len());
            for (n, (a, pos)) in names.into_iter().zip(values) {
                // the error and its frame are both at the `name` attribute (C++ Nix
                // forces it with the attribute's position)
                let sym = vm.want_name(n, "").map_err(|e| {
                    let span = vm.prog.span(pos);
                    e.at(span).trace(
                        span,
                        "while evaluating the `name` attribute of an element of the list passed to builtins.listToAttrs",
                    )
                })?;
                let Some(v) = vm.heap.attr(a, kv).copied() else {
                    return Err(
                        Error::eval("attribute 'value' missing").trace(None, "in a {name=...; value=...;} pair")
                    );
                };
                out.push(Attr { name: sym, pos: v.pos, value: v.value });
            }
            // the first definition of a name wins: a stable sort keeps it
            // first among its equals, and dedup keeps the first of a run
            out.sort_by_key(|x| x.name);
            out.dedup_by_key(|x| x.name);
            Ok(Step::Done(Value::Attrs(vm.heap.alloc_attrs_sorted(&out))))
        })
    })
}

fn intersect_attrs(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let a = vm.want_attrs(args[0], nth_arg(0, "intersectAttrs"))?;
    let b = vm.want_attrs(args[1], nth_arg(1, "intersectAttrs"))?;
    // walk the smaller set and look names up in the larger (`callPackage` intersects
    // a handful of formals with a whole package set); the values come from `b`
    let out: Vec<Attr> = if a.len() < b.len() {
        let fa = vm.heap.flat(a);
        vm.heap.attrs(fa).iter().filter_map(|x| vm.heap.attr_search(b, x.name).copied()).collect()
    } else {
        let fb = vm.heap.flat(b);
        vm.heap.attrs(fb).iter().filter(|x| vm.heap.attr_search(a, x.name).is_some()).copied().collect()
    };
    Ok(Step::Done(Value::Attrs(vm.heap.alloc_attrs_sorted(&out))))
}

fn cat_attrs(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let sym = vm.want_name(args[0], nth_arg(0, "catAttrs"))?;
    let l = vm.want_list(args[1], nth_arg(1, "catAttrs"))?;
    let items = vm.heap.list(l).to_vec();
    force_each(vm, items, move |vm: &mut Vm, elems: Vec<Value>| {
        let mut out = Vec::new();
        for e in elems {
            let a = vm.want_attrs(
                e,
                "while evaluating an element in the list passed as second argument to builtins.catAttrs",
            )?;
            if let Some(x) = vm.heap.attr(a, sym) {
                out.push(x.value);
            }
        }
        Ok(Step::Done(vm.mk_list(&out)))
    })
}

fn map_attrs(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let a = vm.want_attrs(args[1], nth_arg(1, "mapAttrs"))?;
    let f = args[0];
    // the result has the argument's names: copy them, then replace each value (no
    // intermediate vectors) and position (C++ Nix gives the result's attributes
    // none: `unsafeGetAttrPos` finds nothing, and an error forcing one names no place)
    let out = vm.heap.copy_attrs(a);
    if out.is_empty() {
        return Ok(Step::Done(Value::Attrs(out)));
    }
    // not sited: C++ Nix's `mapAttrs` leaves `f` unforced, so deep forcing finds
    // no position for the first value's call (see `Vm::lazy_applier`)
    let apply = vm.lazy_applier(f, 2, false);
    // a fresh slice: `flat` gives it back as it is
    let entries = vm.heap.flat(out);
    for i in 0..out.len() {
        let Some(&e) = vm.heap.attrs(entries).get(i) else { break };
        let name = vm.name_str(e.name);
        let v = vm.lazy_apply_with(&apply, &[name, e.value]);
        vm.heap.set_attr_value_pos(out, i, v, PosId::NONE);
    }
    Ok(Step::Done(Value::Attrs(out)))
}

fn zip_attrs_with(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let f = args[0];
    vm.want_function(f, nth_arg(0, "zipAttrsWith"))?;
    let l = vm.want_list(args[1], nth_arg(1, "zipAttrsWith"))?;
    let items = vm.heap.list(l).to_vec();
    force_each(vm, items, move |vm: &mut Vm, sets: Vec<Value>| {
        // every (name, value) in list order, then grouped by name: the sort is
        // stable, so each name's values keep the order of the sets
        let mut all: Vec<(Sym, Value)> = Vec::new();
        for s in sets {
            let a = vm.want_attrs(
                s,
                "while evaluating a value of the list passed as second argument to builtins.zipAttrsWith",
            )?;
            let f = vm.heap.flat(a);
            all.extend(vm.heap.attrs(f).iter().map(|x| (x.name, x.value)));
        }
        all.sort_by_key(|&(name, _)| name);
        let mut out = Vec::new();
        let mut values: Vec<Value> = Vec::new();
        let apply = vm.lazy_applier(f, 2, true);
        for group in all.chunk_by(|a, b| a.0 == b.0) {
            let name = group[0].0; // chunks are never empty
            values.clear();
            values.extend(group.iter().map(|&(_, v)| v));
            let list = vm.mk_list(&values);
            let n = vm.name_str(name);
            let v = vm.lazy_apply_with(&apply, &[n, list]);
            out.push(Attr { name, pos: PosId::NONE, value: v });
        }
        Ok(Step::Done(Value::Attrs(vm.heap.alloc_attrs_sorted(&out))))
    })
}

fn unsafe_get_attr_pos(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let name = vm.want_string_no_ctx(args[0], nth_arg(0, "unsafeGetAttrPos"))?;
    let a = vm.want_attrs(args[1], nth_arg(1, "unsafeGetAttrPos"))?;
    let Some(sym) = vm.symbols.get_bytes(&name) else {
        return Ok(Step::Done(Value::Null));
    };
    let Some(attr) = vm.heap.attr(a, sym).copied() else {
        return Ok(Step::Done(Value::Null));
    };
    Ok(Step::Done(pos_value(vm, attr.pos)))
}

/// `{ file; line; column; }` for a position, or `null`.
pub(crate) fn pos_value(vm: &mut Vm, pos: PosId) -> Value {
    let Some(span) = vm.prog.span(pos) else {
        return Value::Null;
    };
    let Some(file) = vm.sources.get(span.file) else {
        return Value::Null;
    };
    let (line, col) = file.line_col(span.range.start().into());
    let name = file.origin.to_string();
    let k = vm.known;
    let f = vm.mk_str(name.as_bytes());
    vm.mk_attrs(vec![(k.file, f), (k.line, Value::Int(line as i64)), (k.column, Value::Int(col as i64))])
}
