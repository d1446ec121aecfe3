//! String builtins (byte-oriented, as Nix strings are bytes with a context).

use crate::util::*;
use crate::{Decl, decl};
use nixlet_eval::builtin::Step;
use nixlet_eval::coerce::CoerceOpts;
use nixlet_eval::value::{CtxElem, NixString, StrId, Value, merge_context};
use nixlet_eval::{Error, EvalResult, Vm};

pub(crate) const DECLS: &[Decl] = &[
    decl!("__stringLength", 1, 0b1, string_length, "The length of *e* in bytes."),
    decl!(
        "__substring",
        3,
        0b11,
        substring,
        "The substring of *s* from byte *start* of length *len* (negative: to the end)."
    ),
    decl!(
        "__concatStringsSep",
        2,
        0b11,
        concat_strings_sep,
        "Concatenate *list* with *separator* between the elements."
    ),
    decl!(
        "__replaceStrings",
        3,
        0b111,
        replace_strings,
        "Replace occurrences of the strings *from* by the corresponding *to* in *s*."
    ),
    decl!("baseNameOf", 1, 0b1, base_name_of, "The last component of a path or string."),
    decl!("dirOf", 1, 0b1, dir_of, "The directory part of a path or string."),
    decl!(
        "__parseDrvName",
        1,
        0b1,
        parse_drv_name,
        "Split a package name into `{ name; version; }` at the first dash followed by a non-letter."
    ),
    decl!("__compareVersions", 2, 0b11, compare_versions, "Compare two version strings: -1, 0 or 1."),
    decl!("__splitVersion", 1, 0b1, split_version, "The components of a version string."),
];

fn mk(vm: &mut Vm, bytes: Vec<u8>, ctx: Vec<CtxElem>) -> Value {
    vm.mk_string(NixString {
        bytes: bytes.into_boxed_slice(),
        context: if ctx.is_empty() { None } else { Some(ctx.into_boxed_slice()) },
    })
}

fn string_length(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    // a string's length without copying it out of the heap
    if let Value::String(s) = vm.heap.resolve(args[0]) {
        return Ok(Step::Done(Value::Int(vm.heap.str_bytes(s).len() as i64)));
    }
    coerce_string(
        vm,
        args[0],
        CoerceOpts::INTERP,
        "while evaluating the argument passed to builtins.stringLength",
        |_vm, s| Ok(Step::Done(Value::Int(s.bytes.len() as i64))),
    )
}

fn substring(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let start =
        vm.want_int(args[0], "while evaluating the first argument (the start offset) passed to builtins.substring")?;
    if start < 0 {
        return Err(Error::eval("negative start position in 'substring'"));
    }
    let len = vm.want_int(
        args[1],
        "while evaluating the second argument (the substring length) passed to builtins.substring",
    )?;
    let s = args[2];
    // offsets past the end clamp, also where usize is narrower than Nix's
    // integers; a negative length means the rest of the string
    let start = usize::try_from(start).unwrap_or(usize::MAX);
    let len = usize::try_from(len).unwrap_or(usize::MAX);
    if let Value::String(id) = vm.heap.resolve(s) {
        // a slice of the same bytes, with the same context
        return Ok(Step::Done(Value::String(vm.heap.substring(id, start, len))));
    }
    coerce_string(
        vm,
        s,
        CoerceOpts::INTERP,
        "while evaluating the third argument (the string) passed to builtins.substring",
        move |vm, st| {
            let b = &st.bytes;
            let out =
                if start >= b.len() { Vec::new() } else { b[start..start.saturating_add(len).min(b.len())].to_vec() };
            let ctx = st.context().to_vec();
            Ok(Step::Done(mk(vm, out, ctx)))
        },
    )
}

fn concat_strings_sep(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let sep = vm.want_string(
        args[0],
        "while evaluating the first argument (the separator string) passed to builtins.concatStringsSep",
    )?;
    let sep = vm.heap.string(sep).to_nix_string();
    let l = vm.want_list(
        args[1],
        "while evaluating the second argument (the list of strings to concat) passed to builtins.concatStringsSep",
    )?;
    let items = vm.heap.list(l).to_vec();
    concat_sep(vm, sep, items, 0, Vec::new(), sep_ctx_init())
}

fn sep_ctx_init() -> Vec<CtxElem> {
    Vec::new()
}

/// Coerces the items one at a time (each may need evaluation), joining with `sep`.
fn concat_sep(
    vm: &mut Vm,
    sep: NixString,
    items: Vec<Value>,
    i: usize,
    mut acc: Vec<u8>,
    mut ctx: Vec<CtxElem>,
) -> EvalResult<Step> {
    if i >= items.len() {
        merge_context(&mut ctx, sep.context());
        return Ok(Step::Done(mk(vm, acc, ctx)));
    }
    let item = items[i];
    coerce_string(
        vm,
        item,
        CoerceOpts::INTERP,
        "while evaluating one element of the list of strings to concat passed to builtins.concatStringsSep",
        move |vm, s| {
            vm.check_alloc(acc.len() + sep.bytes.len() + s.bytes.len())?;
            if i > 0 {
                acc.extend_from_slice(&sep.bytes);
            }
            acc.extend_from_slice(&s.bytes);
            merge_context(&mut ctx, s.context());
            concat_sep(vm, sep, items, i + 1, acc, ctx)
        },
    )
}

fn replace_strings(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let from = vm.want_list(args[0], nth_arg(0, "replaceStrings"))?;
    let to = vm.want_list(args[1], nth_arg(1, "replaceStrings"))?;
    if from.len != to.len {
        return Err(Error::eval("'from' and 'to' arguments passed to builtins.replaceStrings have different lengths"));
    }
    let from_items = vm.heap.list(from).to_vec();
    let to_items = vm.heap.list(to).to_vec();
    let s_arg = args[2];
    force_each(vm, from_items, move |vm: &mut Vm, froms: Vec<Value>| replace_with(vm, froms, to_items, s_arg))
}

/// `replaceStrings` once the patterns are evaluated.
fn replace_with(vm: &mut Vm, froms: Vec<Value>, to_items: Vec<Value>, s_arg: Value) -> EvalResult<Step> {
    let mut pats: Vec<StrId> = Vec::with_capacity(froms.len());
    for f in froms {
        pats.push(
            vm.want_string(f, "while evaluating one of the strings to replace passed to builtins.replaceStrings")?,
        );
    }
    let sid = vm.want_string(s_arg, nth_arg(2, "replaceStrings"))?;
    // Where patterns match, scanning left to right, the first matching pattern at
    // each position winning (as Nix does); replacements are forced only if used, in
    // order of first use.
    let (hits, used) = {
        let heap = &vm.heap;
        let b: &[u8] = heap.str_bytes(sid);
        let mut starts = [false; 256];
        let mut any_empty = false;
        for &pat in &pats {
            match heap.str_bytes(pat).first() {
                Some(&c) => starts[c as usize] = true,
                None => any_empty = true,
            }
        }
        let mut used: Vec<usize> = Vec::new();
        let mut hits: Vec<(usize, usize)> = Vec::new();
        let mut p = 0usize;
        while p <= b.len() {
            let could = any_empty || b.get(p).is_some_and(|&c| starts[c as usize]);
            let hit = if could { pats.iter().position(|&pat| b[p..].starts_with(heap.str_bytes(pat))) } else { None };
            match hit {
                Some(j) => {
                    if !used.contains(&j) {
                        used.push(j);
                    }
                    hits.push((p, j));
                    // an empty pattern keeps the character after it
                    p += pats.get(j).map_or(0, |&pat| heap.str_bytes(pat).len()).max(1);
                }
                None => p += 1,
            }
        }
        (hits, used)
    };
    if hits.is_empty() {
        return Ok(Step::Done(Value::String(sid)));
    }
    let needed: Vec<Value> = used.iter().filter_map(|&j| to_items.get(j).copied()).collect();
    let finish = move |vm: &mut Vm, tos: Vec<Value>| -> EvalResult<Step> {
        let mut repl: Vec<Option<StrId>> = vec![None; pats.len()];
        let mut ctx: Vec<CtxElem> = vm.heap.string(sid).context().to_vec();
        for (&j, &t) in used.iter().zip(&tos) {
            let id =
                vm.want_string(t, "while evaluating one of the replacement strings passed to builtins.replaceStrings")?;
            merge_context(&mut ctx, vm.heap.string(id).context());
            repl[j] = Some(id);
        }
        let heap = &vm.heap;
        let pat_len = |j: usize| heap.str_bytes(pats[j]).len();
        let repl_len = |j: usize| repl[j].map_or(0, |id| heap.str_bytes(id).len());
        let b = heap.str_bytes(sid);
        let matched: usize = hits.iter().map(|&(_, j)| pat_len(j)).sum();
        let added: usize = hits.iter().map(|&(_, j)| repl_len(j)).sum();
        let total = b.len() - matched + added;
        vm.check_alloc(total)?;
        let heap = &vm.heap;
        let b = heap.str_bytes(sid);
        let mut out = Vec::with_capacity(total);
        let mut cursor = 0usize;
        for &(p, j) in &hits {
            out.extend_from_slice(&b[cursor..p]);
            if let Some(id) = repl[j] {
                out.extend_from_slice(heap.str_bytes(id));
            }
            cursor = p + heap.str_bytes(pats[j]).len();
        }
        out.extend_from_slice(&b[cursor..]);
        Ok(Step::Done(mk(vm, out, ctx)))
    };
    force_each(vm, needed, finish)
}

/// Nix's legacy `baseNameOf`: the part after the last slash, ignoring one trailing slash.
fn legacy_base_name(b: &[u8]) -> &[u8] {
    let b = if b.len() > 1 && b.ends_with(b"/") { &b[..b.len() - 1] } else { b };
    match b.iter().rposition(|&c| c == b'/') {
        Some(p) => &b[p + 1..],
        None => b,
    }
}

fn base_name_of(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    coerce_string(vm, args[0], CoerceOpts::NO_COPY, nth_arg(0, "baseNameOf"), |vm, s| {
        let out = legacy_base_name(&s.bytes).to_vec();
        let ctx = s.context().to_vec();
        Ok(Step::Done(mk(vm, out, ctx)))
    })
}

fn dir_of(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    if let Value::Path(p) = vm.heap.resolve(args[0]) {
        let text = String::from_utf8_lossy(vm.heap.str_bytes(p)).into_owned();
        let parent = nixlet_eval::vm::parent_dir(&text);
        return Ok(Step::Done(Value::Path(vm.heap.alloc_str(parent.as_bytes()))));
    }
    coerce_string(
        vm,
        args[0],
        CoerceOpts::NO_COPY,
        "while evaluating the first argument passed to 'builtins.dirOf'",
        |vm, s| {
            let b = &s.bytes;
            let out: Vec<u8> = match b.iter().rposition(|&c| c == b'/') {
                None => b".".to_vec(),
                Some(0) => b"/".to_vec(),
                Some(p) => b[..p].to_vec(),
            };
            let ctx = s.context().to_vec();
            Ok(Step::Done(mk(vm, out, ctx)))
        },
    )
}

fn parse_drv_name(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let id = vm.want_context_free(args[0], nth_arg(0, "parseDrvName"))?;
    let s = vm.heap.str_bytes(id);
    let (name, version) = split_drv_name(s);
    let (kn, kv) = (vm.known.name, vm.known.version);
    // both are slices of the argument's bytes
    let n = Value::String(vm.heap.substring(id, 0, name.len()));
    let v = Value::String(vm.heap.substring(id, s.len() - version.len(), version.len()));
    Ok(Step::Done(vm.mk_attrs(vec![(kn, n), (kv, v)])))
}

/// Splits at the first dash followed by a non-letter.
pub(crate) fn split_drv_name(s: &[u8]) -> (&[u8], &[u8]) {
    for i in 0..s.len() {
        if s[i] == b'-' && i + 1 < s.len() && !s[i + 1].is_ascii_alphabetic() {
            return (&s[..i], &s[i + 1..]);
        }
    }
    (s, b"")
}

fn next_component<'a>(s: &'a [u8], p: &mut usize) -> &'a [u8] {
    while *p < s.len() && (s[*p] == b'.' || s[*p] == b'-') {
        *p += 1;
    }
    let start = *p;
    if *p < s.len() && s[*p].is_ascii_digit() {
        while *p < s.len() && s[*p].is_ascii_digit() {
            *p += 1;
        }
    } else {
        while *p < s.len() && !s[*p].is_ascii_digit() && s[*p] != b'.' && s[*p] != b'-' {
            *p += 1;
        }
    }
    &s[start..*p]
}

/// A component that is a number (all digits, fitting Nix's `int`), else `None`.
fn as_num(c: &[u8]) -> Option<i64> {
    if c.is_empty() {
        return None;
    }
    let mut v: i32 = 0;
    for &b in c {
        if !b.is_ascii_digit() {
            return None;
        }
        v = v.checked_mul(10)?.checked_add(i32::from(b - b'0'))?;
    }
    Some(i64::from(v))
}

/// Nix's `componentsLT`, with each component's numeric value already parsed.
fn components_lt(c1: &[u8], n1: Option<i64>, c2: &[u8], n2: Option<i64>) -> bool {
    match (n1, n2) {
        (Some(a), Some(b)) => a < b,
        _ if c1.is_empty() && n2.is_some() => true,
        _ if c1 == b"pre" && c2 != b"pre" => true,
        _ if c2 == b"pre" => false,
        (_, Some(_)) => true,
        (Some(_), _) => false,
        _ => c1 < c2,
    }
}

/// Nix's version comparison.
pub(crate) fn compare_versions_bytes(v1: &[u8], v2: &[u8]) -> std::cmp::Ordering {
    let (mut p1, mut p2) = (0usize, 0usize);
    while p1 < v1.len() || p2 < v2.len() {
        let c1 = next_component(v1, &mut p1);
        let c2 = next_component(v2, &mut p2);
        let (n1, n2) = (as_num(c1), as_num(c2));
        if components_lt(c1, n1, c2, n2) {
            return std::cmp::Ordering::Less;
        } else if components_lt(c2, n2, c1, n1) {
            return std::cmp::Ordering::Greater;
        }
    }
    std::cmp::Ordering::Equal
}

fn compare_versions(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let a = vm.want_str_no_ctx(args[0], nth_arg(0, "compareVersions"))?;
    let b = vm.want_str_no_ctx(args[1], nth_arg(1, "compareVersions"))?;
    let r = match compare_versions_bytes(a, b) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    };
    Ok(Step::Done(Value::Int(r)))
}

fn split_version(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let id = vm.want_context_free(args[0], nth_arg(0, "splitVersion"))?;
    let s = vm.heap.str_bytes(id);
    let mut p = 0;
    let mut items = Vec::new();
    while p < s.len() {
        let c = next_component(s, &mut p);
        if c.is_empty() {
            break;
        }
        // the component is a slice of the argument's bytes
        items.push(Value::String(vm.heap.substring(id, p - c.len(), c.len())));
    }
    Ok(Step::Done(vm.mk_list(&items)))
}
