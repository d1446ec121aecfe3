//! Derivations and store-facing builtins: `derivationStrict` (and the Nix-level
//! `derivation` wrapper), `placeholder`, `toFile`, `path`, `filterSource`,
//! `storePath`.
//!
//! `derivationStrict` follows C++ Nix: attributes are processed in name order and
//! coerced to strings (collecting their string context), the context becomes the
//! derivation's inputs, output paths come from `hashDerivationModulo` (or the fixed
//! output hash), and the `.drv` is written to the store — or only its path computed,
//! for a read-only store.

use crate::context::{Elem, parse_elem};
use crate::store_access::{IoTree, store_of};
use crate::util::*;
use crate::{Decl, decl};
use nixlet_eval::builtin::{Args, Cont, Step};
use nixlet_eval::coerce::{CoerceOpts, coerce_to_string};
use nixlet_eval::print::sorted_attrs;
use nixlet_eval::value::{Attr, CtxElem, NixString, PosId, Value, merge_context};
use nixlet_eval::vm::Message;
use nixlet_eval::{Error, EvalResult, Sym, Vm};
use nixlet_store::content_address::ContentAddressMethod;
use nixlet_store::hash::{Hash, HashAlgo};
use nixlet_store::tree::{NodeKind, Selector};
use nixlet_store::{Derivation, DerivationOutput, StorePath};
use std::collections::BTreeSet;

pub(crate) const DECLS: &[Decl] = &[
    decl!(
        "derivationStrict",
        1,
        0b1,
        derivation_strict,
        "Instantiate a derivation from its attributes: returns `drvPath` and the output paths."
    ),
    decl!(
        "placeholder",
        1,
        0b1,
        placeholder,
        "The placeholder string for output *output*, replaced by the output's path at build time."
    ),
    decl!("__toFile", 2, 0b11, to_file, "Store string *s* in a file named *name* in the store; returns its path."),
    decl!(
        "__path",
        1,
        0b1,
        path,
        "Copy a path to the store with an optional `name`, `filter`, `recursive` and `sha256`."
    ),
    decl!(
        "__filterSource",
        2,
        0b11,
        filter_source,
        "Copy *path* to the store, keeping only the entries *e1* returns true for."
    ),
];

/// The source of the `derivation` function (same behaviour as C++ Nix's wrapper).
pub(crate) const DERIVATION_NIX: &str = r#"
# nixlet's `derivation`: derivationStrict plus one attribute set per output.
args@{ outputs ? [ "out" ], ... }:
let
  paths = derivationStrict args;
  forOutput = name: {
    inherit name;
    value = shared // {
      outPath = paths.${name};
      drvPath = paths.drvPath;
      type = "derivation";
      outputName = name;
    };
  };
  perOutput = map forOutput outputs;
  shared = args // builtins.listToAttrs perOutput // {
    all = map (o: o.value) perOutput;
    drvAttrs = args;
  };
in
(builtins.head perOutput).value
"#;

/// The bytes as text, moved when they are UTF-8 (almost always), else with
/// U+FFFD for invalid sequences.
fn utf8_lossy(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

fn mk_with_ctx(vm: &mut Vm, text: &str, ctx: Vec<CtxElem>) -> Value {
    vm.mk_string(NixString {
        bytes: text.as_bytes().into(),
        context: if ctx.is_empty() { None } else { Some(ctx.into_boxed_slice()) },
    })
}

/// Nix's message for an invalid derivation name.
fn name_error(name: &str) -> Option<String> {
    match nixlet_store::path::check_name(name) {
        Ok(()) => None,
        Err(nixlet_store::path::NameError::Empty) => Some("name '' is empty".to_string()),
        Err(nixlet_store::path::NameError::TooLong) => {
            Some(format!("name '{name}' must be no longer than 211 characters"))
        }
        Err(nixlet_store::path::NameError::IllegalChar(c)) => {
            Some(format!("name '{name}' contains illegal character '{c}'"))
        }
    }
}

// ---------------------------------------------------------------- derivationStrict

/// Attributes that structured attributes replace by `outputChecks.<output>.NAME`:
/// C++ Nix warns that they have no effect there.
const LEGACY_OUTPUT_CHECKS: [&str; 6] = [
    "allowedReferences",
    "allowedRequisites",
    "disallowedReferences",
    "disallowedRequisites",
    "maxSize",
    "maxClosureSize",
];

/// The warning C++ Nix gives for a [`LEGACY_OUTPUT_CHECKS`] attribute of a
/// derivation with structured attributes: at the attribute, in the context of the
/// derivation.
fn legacy_output_check_warning(vm: &mut Vm, drv_name: &str, key: &str, pos: PosId) {
    let w = Error::eval(format!(
        "'structuredAttrs' disables the effect of the derivation attribute '{key}'; use 'outputChecks.<output>.{key}' instead"
    ))
    .at(vm.prog.span(pos))
    .trace(None, format!("while evaluating derivation '{drv_name}'"));
    let text = w.render_warning(&vm.sources, true);
    (vm.on_message)(Message::Warning(text));
}

struct DrvBuilder {
    /// (Shared: the frame of an attribute's coercion error is made from it only
    /// when there is an error.)
    name: std::rc::Rc<str>,
    name_pos: PosId,
    attrs: Vec<Attr>,
    i: usize,
    structured: bool,
    ignore_nulls: bool,
    drv: Derivation,
    ctx: Vec<CtxElem>,
    outputs: Vec<String>,
    output_hash: Option<String>,
    output_hash_algo: Option<String>,
    hash_mode: Option<ContentAddressMethod>,
    /// `args` elements coerced so far for the current `args` attribute.
    pending_args: Option<(Vec<Value>, usize)>,
    /// The current attribute's value, coerced, to store in the next step (where an
    /// error it raises gets the attribute's frame once, not also the coercion's).
    pending_env: Option<(String, NixString)>,
    /// `__json` computed (structured attributes).
    json_done: bool,
}

impl DrvBuilder {
    fn attr_ctx(&self, vm: &Vm) -> (Option<nixlet_parser::Span>, String) {
        attr_frame(vm, self.attrs.get(self.i).copied(), &self.name)
    }

    /// What [`DrvBuilder::attr_ctx`] needs, to make the frame later (after `self`
    /// moved into a continuation) without formatting it on the way.
    fn attr_ctx_later(&self) -> (Option<Attr>, std::rc::Rc<str>) {
        (self.attrs.get(self.i).copied(), self.name.clone())
    }

    fn wrap(&self, vm: &Vm, e: Error) -> Error {
        let (span, msg) = self.attr_ctx(vm);
        e.trace(span, msg)
    }

    /// Processes attributes until one needs evaluation, or all are done.
    fn next(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        if self.structured && !self.json_done {
            return self.structured_json(vm);
        }
        if let Some((key, s)) = self.pending_env.take() {
            match self.env_attr(key, s) {
                Ok(()) => self.i += 1,
                Err(e) => return Err(self.wrap(vm, e)),
            }
        }
        loop {
            if let Some((items, j)) = self.pending_args.take() {
                if j < items.len() {
                    let item = items[j];
                    self.pending_args = Some((items, j + 1));
                    let opts = CoerceOpts { more: true, copy_to_store: true };
                    let (attr, name) = self.attr_ctx_later();
                    return coerce_to_string(
                        vm,
                        item,
                        opts,
                        Box::new(move |_vm: &mut Vm, s: NixString| {
                            merge_context(&mut self.ctx, s.context());
                            self.drv.args.push(utf8_lossy(s.bytes.into_vec()));
                            // the next element in a step of its own: its errors
                            // must not pass through this coercion's frames
                            Ok(Step::Force(Value::Null, self))
                        }),
                    )
                    .map_err(|e| {
                        let (span, msg) = attr_frame(vm, attr, &name);
                        e.trace(None, "while evaluating an element of the argument list").trace(span, msg)
                    });
                }
                self.i += 1;
                continue;
            }
            let Some(attr) = self.attrs.get(self.i).copied() else {
                return self.finish(vm);
            };
            let key = vm.symbols.str(attr.name).into_owned();
            if key == "__ignoreNulls" || (self.structured && key == "__structuredAttrs") {
                self.i += 1;
                continue;
            }
            let v = vm.heap.resolve(attr.value);
            if let Value::Thunk(_) = v {
                // force first (and come back here)
                return Ok(Step::Force(v, self));
            }
            if self.ignore_nulls && matches!(v, Value::Null) {
                self.i += 1;
                continue;
            }
            match key.as_str() {
                "__contentAddressed" | "__impure" => {
                    let on = vm.want_bool(v, "").map_err(|e| self.wrap(vm, e))?;
                    if on {
                        let feature = if key == "__impure" { "impure-derivations" } else { "ca-derivations" };
                        if !vm.opts.experimental.iter().any(|f| f == feature) {
                            let e = Error::eval(format!(
                                "experimental Nix feature '{feature}' is disabled; add '--extra-experimental-features {feature}' to enable it"
                            ));
                            return Err(self.wrap(vm, e));
                        }
                        return Err(
                            self.wrap(vm, Error::eval(format!("{key} derivations are not supported by nixlet")))
                        );
                    }
                    self.i += 1;
                }
                "args" => {
                    let l = vm.want_list(v, "").map_err(|e| self.wrap(vm, e))?;
                    let items = vm.heap.list(l).to_vec();
                    self.pending_args = Some((items, 0));
                }
                _ if self.structured => {
                    // everything else went into `__json`; some keys are also read here
                    let what = match key.as_str() {
                        "builder" => Some(true),
                        "system" | "outputHash" | "outputHashAlgo" | "outputHashMode" => Some(false),
                        "outputs" => None,
                        _ => {
                            if LEGACY_OUTPUT_CHECKS.contains(&key.as_str()) {
                                legacy_output_check_warning(vm, &self.name, &key, attr.pos);
                            }
                            self.i += 1;
                            continue;
                        }
                    };
                    match what {
                        Some(with_ctx) => {
                            let text = if with_ctx {
                                let s = vm.want_string(v, "").map_err(|e| self.wrap(vm, e))?;
                                let st = vm.heap.string(s);
                                merge_context(&mut self.ctx, st.context());
                                String::from_utf8_lossy(st.bytes).into_owned()
                            } else {
                                let b = vm.want_string_no_ctx(v, "").map_err(|e| self.wrap(vm, e))?;
                                String::from_utf8_lossy(&b).into_owned()
                            };
                            let r = match key.as_str() {
                                "builder" => {
                                    self.drv.builder = text;
                                    Ok(())
                                }
                                "system" => {
                                    self.drv.platform = text;
                                    Ok(())
                                }
                                "outputHash" => {
                                    self.output_hash = Some(text);
                                    Ok(())
                                }
                                "outputHashAlgo" => {
                                    self.output_hash_algo = Some(text);
                                    Ok(())
                                }
                                _ => self.set_hash_mode(&text),
                            };
                            r.map_err(|e| self.wrap(vm, e))?;
                            self.i += 1;
                        }
                        None => {
                            let l = vm.want_list(v, "").map_err(|e| self.wrap(vm, e))?;
                            let items = vm.heap.list(l).to_vec();
                            let me = self;
                            return force_each(vm, items, move |vm: &mut Vm, names: Vec<Value>| {
                                let mut me = me;
                                let mut outs = Vec::with_capacity(names.len());
                                for n in names {
                                    let b = vm.want_string_no_ctx(n, "").map_err(|e| me.wrap(vm, e))?;
                                    outs.push(String::from_utf8_lossy(&b).into_owned());
                                }
                                me.set_outputs(outs).map_err(|e| me.wrap(vm, e))?;
                                me.i += 1;
                                me.next(vm)
                            });
                        }
                    }
                }
                _ => {
                    if let Value::String(s) = v {
                        // already a string (most attributes): no coercion needed
                        let st = vm.heap.string(s);
                        merge_context(&mut self.ctx, st.context());
                        let text = utf8_lossy(st.bytes.to_vec());
                        self.env_text(key, text).map_err(|e| self.wrap(vm, e))?;
                        self.i += 1;
                        continue;
                    }
                    let opts = CoerceOpts { more: true, copy_to_store: true };
                    let (attr, name) = self.attr_ctx_later();
                    let me = self;
                    return coerce_to_string(
                        vm,
                        v,
                        opts,
                        Box::new(move |_vm: &mut Vm, s: NixString| {
                            let mut me = me;
                            // stored, and the next attribute taken, in a step of
                            // its own (as above)
                            me.pending_env = Some((key, s));
                            Ok(Step::Force(Value::Null, me))
                        }),
                    )
                    // the coercion's own errors (the value is not a string)
                    .map_err(|e| {
                        let (span, msg) = attr_frame(vm, attr, &name);
                        e.trace(span, msg)
                    });
                }
            }
        }
    }

    /// `__structuredAttrs = true`: the attributes (but `args` and the double-underscore
    /// flags, and nulls with `__ignoreNulls`) become the JSON in `__json`.
    fn structured_json(self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        let values: Vec<Value> =
            if self.ignore_nulls { self.attrs.iter().map(|a| a.value).collect() } else { Vec::new() };
        force_each(vm, values, move |vm: &mut Vm, _forced: Vec<Value>| {
            let me = self;
            let skip = ["args", "__structuredAttrs", "__ignoreNulls", "__contentAddressed", "__impure"];
            let mut entries: Vec<Attr> = me
                .attrs
                .iter()
                .filter(|a| !skip.contains(&vm.symbols.str(a.name).as_ref()))
                .filter(|a| !(me.ignore_nulls && matches!(vm.heap.resolve(a.value), Value::Null)))
                .copied()
                .collect();
            entries.sort_by_key(|a| a.name);
            let set = Value::Attrs(vm.heap.alloc_attrs_sorted(&entries));
            let step = crate::json::to_json_string(vm, set)?;
            Ok(Step::Seq(
                Box::new(step),
                Box::new(move |vm: &mut Vm, json: Value| {
                    let mut me = me;
                    if let Value::String(s) = vm.heap.resolve(json) {
                        let st = vm.heap.string(s);
                        merge_context(&mut me.ctx, st.context());
                        me.drv.env.insert("__json".into(), String::from_utf8_lossy(st.bytes).into_owned());
                    }
                    me.json_done = true;
                    me.next(vm)
                }),
            ))
        })
    }

    /// Handles one environment attribute once coerced.
    fn env_attr(&mut self, key: String, s: NixString) -> EvalResult<()> {
        merge_context(&mut self.ctx, s.context());
        self.env_text(key, utf8_lossy(s.bytes.into_vec()))
    }

    /// Records an environment attribute's text (its context is merged already).
    fn env_text(&mut self, key: String, text: String) -> EvalResult<()> {
        if key == "__json" {
            return Err(Error::eval("'__json' (structured attributes) is not supported by nixlet yet"));
        }
        match key.as_str() {
            "builder" => self.drv.builder = text.clone(),
            "system" => self.drv.platform = text.clone(),
            "outputHash" => self.output_hash = Some(text.clone()),
            "outputHashAlgo" => self.output_hash_algo = Some(text.clone()),
            "outputHashMode" => self.set_hash_mode(&text)?,
            "outputs" => {
                let names: Vec<String> = text.split_whitespace().map(|x| x.to_string()).collect();
                self.set_outputs(names)?;
            }
            _ => {}
        }
        self.drv.env.insert(key, text);
        Ok(())
    }

    fn set_hash_mode(&mut self, s: &str) -> EvalResult<()> {
        match ContentAddressMethod::parse_output_hash_mode(s) {
            Some(m) => {
                self.hash_mode = Some(m);
                Ok(())
            }
            None => Err(Error::eval(format!("invalid value '{s}' for 'outputHashMode' attribute"))),
        }
    }

    fn set_outputs(&mut self, names: Vec<String>) -> EvalResult<()> {
        let mut outs: Vec<String> = Vec::new();
        for n in names {
            if outs.contains(&n) {
                return Err(Error::eval(format!("duplicate derivation output '{n}'")));
            }
            if n == "drvPath" {
                return Err(Error::eval("invalid derivation output name 'drvPath'"));
            }
            outs.push(n);
        }
        if outs.is_empty() {
            return Err(Error::eval("derivation cannot have an empty set of outputs"));
        }
        self.outputs = outs;
        Ok(())
    }

    fn finish(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        let name = self.name.clone();
        let access = store_of(vm)?;
        let dir = access.dir();
        // the context becomes the inputs
        for c in std::mem::take(&mut self.ctx) {
            match parse_elem(&c) {
                Elem::Opaque(p) => {
                    let sp = dir.parse_path(p).map_err(|e| Error::eval(e.to_string()))?;
                    self.drv.input_srcs.insert(sp);
                }
                Elem::Built { drv, output } => {
                    let sp = dir.parse_path(drv).map_err(|e| Error::eval(e.to_string()))?;
                    self.drv.input_drvs.entry(sp).or_default().insert(output.to_string());
                }
                Elem::DrvDeep(p) => {
                    let root = dir.parse_path(p).map_err(|e| Error::eval(e.to_string()))?;
                    // everything the derivation refers to, with all outputs of each derivation
                    let mut seen: BTreeSet<StorePath> = BTreeSet::new();
                    let mut work = vec![root];
                    while let Some(sp) = work.pop() {
                        if !seen.insert(sp.clone()) {
                            continue;
                        }
                        self.drv.input_srcs.insert(sp.clone());
                        if sp.is_derivation() {
                            let d = access.read_derivation(&sp).map_err(|e| Error::eval(e.to_string()))?;
                            for out in d.outputs.keys() {
                                self.drv.input_drvs.entry(sp.clone()).or_default().insert(out.clone());
                            }
                            work.extend(d.references());
                        }
                    }
                }
            }
        }
        if self.drv.builder.is_empty() {
            return Err(Error::eval("required attribute 'builder' missing"));
        }
        if self.drv.platform.is_empty() {
            return Err(Error::eval("required attribute 'system' missing"));
        }
        if name.ends_with(".drv") {
            return Err(Error::eval(
                "derivation names are allowed to end in '.drv' only if they produce a single derivation file",
            ));
        }
        if let Some(h) = &self.output_hash {
            if self.outputs.len() != 1 || self.outputs[0] != "out" {
                return Err(Error::eval("multiple outputs are not supported in fixed-output derivations"));
            }
            let algo = match &self.output_hash_algo {
                Some(a) if !a.is_empty() => Some(HashAlgo::parse(a).map_err(|e| Error::eval(e.to_string()))?),
                _ => None,
            };
            let hash = Hash::parse_allow_empty(h, algo).map_err(|e| Error::eval(e.to_string()))?;
            let method = self.hash_mode.unwrap_or(ContentAddressMethod::Flat);
            self.drv.outputs.insert("out".into(), DerivationOutput::CAFixed { method, hash });
        } else {
            for o in &self.outputs {
                self.drv.outputs.insert(o.clone(), DerivationOutput::Deferred);
                self.drv.env.insert(o.clone(), String::new());
            }
        }
        let mut drv = self.drv;
        let access = store_of(vm)?;
        let crate::store_access::StoreAccess { store, hashes, derivations, .. } = access;
        // an input derivation: made by this evaluation, or read from the store
        let lookup = |store: &mut Box<dyn nixlet_store::Store>, p: &StorePath| match derivations.get(&dir.print(p)) {
            Some(text) => Derivation::parse_drv_file(&dir, p, text),
            None => store.read_derivation(p),
        };
        hashes
            .fill_in_output_paths(&dir, &mut drv, &mut |p| lookup(store, p))
            .map_err(|e| Error::eval(e.to_string()))?;
        // read-only: the path computed and the hash registered from one rendering,
        // whose text is kept (the store does not have it); otherwise the store does
        let (drv_path, kept_text) = if store.is_read_only() {
            hashes.register_new(&dir, &drv, &mut |p| lookup(store, p)).map(|(p, text)| (p, Some(text)))
        } else {
            store.write_derivation(&drv).and_then(|drv_path| {
                hashes.register(&dir, drv_path.clone(), &drv, &mut |p| lookup(store, p))?;
                Ok((drv_path, None))
            })
        }
        .map_err(|e| Error::eval(e.to_string()))?;
        let drv_path_s = dir.print(&drv_path);
        let mut outs: Vec<(String, String)> = Vec::new();
        for (o, out) in &drv.outputs {
            let p = match out.path(&dir, &drv.name, o).map_err(|e| Error::eval(e.to_string()))? {
                Some(p) => dir.print(&p),
                None => nixlet_store::path::hash_placeholder(o),
            };
            outs.push((o.clone(), p));
        }
        if let Some(text) = kept_text {
            derivations.insert(drv_path_s.clone(), &text);
        }
        let k_drv = vm.known.drv_path;
        let dv = mk_with_ctx(vm, &drv_path_s, vec![format!("={drv_path_s}").into()]);
        let mut pairs: Vec<(Sym, Value)> = vec![(k_drv, dv)];
        for (o, p) in outs {
            let v = mk_with_ctx(vm, &p, vec![format!("!{o}!{drv_path_s}").into()]);
            let s = vm.symbols.intern(&o);
            pairs.push((s, v));
        }
        Ok(Step::Done(vm.mk_attrs(pairs)))
    }
}

/// The builder waits for a value it forces (the current attribute's), or for
/// nothing (to go on in a step of its own): either way it then goes on.
impl Cont for DrvBuilder {
    fn resume(self: Box<Self>, vm: &mut Vm, _v: Value) -> EvalResult<Step> {
        self.next(vm)
    }
    fn on_error(self: Box<Self>, vm: &mut Vm, e: Error) -> EvalResult<Step> {
        Err(self.wrap(vm, e))
    }
}

/// The frame of an error in attribute `a` of derivation `name`.
fn attr_frame(vm: &Vm, a: Option<Attr>, name: &str) -> (Option<nixlet_parser::Span>, String) {
    let key = a.map(|a| vm.symbols.str(a.name).into_owned()).unwrap_or_default();
    (a.and_then(|a| vm.prog.span(a.pos)), format!("while evaluating attribute '{key}' of derivation '{name}'"))
}

/// Adds the outermost "while evaluating derivation" context.
struct DrvContext {
    name: String,
    name_pos: PosId,
}

impl Cont for DrvContext {
    fn resume(self: Box<Self>, _vm: &mut Vm, v: Value) -> EvalResult<Step> {
        Ok(Step::Done(v))
    }
    fn on_error(self: Box<Self>, vm: &mut Vm, e: Error) -> EvalResult<Step> {
        let at = vm.prog.span(self.name_pos).map(|s| vm.sources.describe(s)).unwrap_or_else(|| "«unknown»".into());
        // printed even without --show-trace, as in Nix
        Err(e.trace_always(
            None,
            format!("while evaluating derivation '{}'\n  whose name attribute is located at {at}", self.name),
        ))
    }
}

fn derivation_strict(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let a = vm.want_attrs(args[0], "while evaluating the argument passed to builtins.derivationStrict")?;
    let k = vm.known;
    let Some(name_attr) = vm.heap.attr(a, k.name).copied() else {
        return Err(Error::eval("attribute 'name' missing")
            .trace(None, "in the attrset passed as argument to builtins.derivationStrict"));
    };
    force_then(vm, name_attr.value, move |vm, nv| {
        let name = vm
            .want_string_no_ctx(nv, "while evaluating the `name` attribute passed to builtins.derivationStrict")
            .map_err(|e| e.trace(vm.prog.span(name_attr.pos), "while evaluating the derivation attribute 'name'"))?;
        let name = String::from_utf8_lossy(&name).into_owned();
        let ctx = DrvContext { name: name.clone(), name_pos: name_attr.pos };
        let step = (|| -> EvalResult<Step> {
            if let Some(m) = name_error(&name) {
                return Err(Error::eval(format!("invalid derivation name: {m}. Please pass a different 'name'.")));
            }
            let attrs = sorted_attrs(vm, a);
            let flag =
                |vm: &Vm, n: Sym| attrs.iter().find(|x| x.name == n).map(|x| x.value).map(|v| vm.heap.resolve(v));
            let structured = flag(vm, k.structured_attrs);
            let ignore = flag(vm, k.ignore_nulls);
            let needs: Vec<Value> = [structured, ignore].into_iter().flatten().collect();
            let b = Box::new(DrvBuilder {
                name: name.as_str().into(),
                name_pos: name_attr.pos,
                attrs,
                i: 0,
                structured: false,
                ignore_nulls: false,
                drv: Derivation::new(name.clone()),
                ctx: Vec::new(),
                outputs: vec!["out".to_string()],
                output_hash: None,
                output_hash_algo: None,
                hash_mode: None,
                pending_args: None,
                pending_env: None,
                json_done: false,
            });
            let _ = b.name_pos;
            force_each(vm, needs, move |vm: &mut Vm, _forced: Vec<Value>| {
                let mut b = b;
                if let Some(s) = structured {
                    b.structured = vm.want_bool(
                        vm.heap.resolve(s),
                        "while evaluating the `__structuredAttrs` attribute passed to builtins.derivationStrict",
                    )?;
                }
                if let Some(i) = ignore {
                    b.ignore_nulls = vm.want_bool(
                        vm.heap.resolve(i),
                        "while evaluating the `__ignoreNulls` attribute passed to builtins.derivationStrict",
                    )?;
                }
                b.next(vm)
            })
        })();
        match step {
            Err(e) => Err(Box::new(ctx).on_error_now(vm, e)),
            Ok(Step::Done(v)) => Ok(Step::Done(v)),
            Ok(s) => Ok(Step::Seq(Box::new(s), Box::new(ctx))),
        }
    })
}

impl DrvContext {
    fn on_error_now(self: Box<Self>, vm: &mut Vm, e: Error) -> Error {
        match self.on_error(vm, e) {
            Err(e) => e,
            Ok(_) => Error::eval("internal error"),
        }
    }
}

// ---------------------------------------------------------------- other store builtins

fn placeholder(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let out = vm.want_string_no_ctx(args[0], "while evaluating the first argument passed to builtins.placeholder")?;
    let p = nixlet_store::path::hash_placeholder(&String::from_utf8_lossy(&out));
    Ok(Step::Done(vm.mk_str(p.as_bytes())))
}

fn to_file(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let name = vm.want_string_no_ctx(args[0], "while evaluating the first argument passed to builtins.toFile")?;
    let name = String::from_utf8_lossy(&name).into_owned();
    let s = vm.want_string(args[1], "while evaluating the second argument passed to builtins.toFile")?;
    let st = vm.heap.string(s).to_nix_string();
    let access = store_of(vm)?;
    let dir = access.dir();
    let mut refs = BTreeSet::new();
    for c in st.context() {
        match parse_elem(c) {
            Elem::Opaque(p) => {
                refs.insert(dir.parse_path(p).map_err(|e| Error::eval(e.to_string()))?);
            }
            _ => {
                return Err(Error::eval(format!(
                    "files created by builtins.toFile may not reference derivations, but {name} references {c}"
                )));
            }
        }
    }
    if let Some(m) = name_error(&name) {
        return Err(Error::eval(format!("invalid store path name: {m}")));
    }
    let p = access.add_text(&name, &st.bytes, &refs).map_err(Error::eval)?;
    Ok(Step::Done(mk_with_ctx(vm, &p, vec![CtxElem::from(p.as_str())])))
}

/// Copies `path` to the store under `name`, asking `filter` (a Nix function of path
/// and type) about every entry, then checks `expected` (from `sha256`).
struct PathCopy {
    path: String,
    name: String,
    filter: Option<Value>,
    recursive: bool,
    expected: Option<Hash>,
    selector: Selector,
    current: Option<nixlet_store::tree::Entry>,
}

impl PathCopy {
    fn run(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        if let Some(f) = self.filter {
            let entry = {
                let tree = IoTree(&*vm.io);
                self.selector.next_entry(&tree).map_err(|e| Error::eval(e.to_string()))?
            };
            if let Some(entry) = entry {
                let p = vm.mk_str(entry.path.as_bytes());
                let ty = match entry.kind {
                    NodeKind::Regular => "regular",
                    NodeKind::Directory => "directory",
                    NodeKind::Symlink => "symlink",
                    NodeKind::Unknown => "unknown",
                };
                let t = vm.mk_str(ty.as_bytes());
                self.current = Some(entry);
                return Ok(Step::Call(f, Args::two(p, t), self));
            }
        }
        self.finish(vm)
    }

    fn finish(self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        let this = *self;
        let selection = this.selector.finish();
        let method = if this.recursive { ContentAddressMethod::Recursive } else { ContentAddressMethod::Flat };
        let algo = this.expected.as_ref().map(|h| h.algo()).unwrap_or(HashAlgo::Sha256);
        let filter = if this.filter.is_some() { Some(&selection) } else { None };
        let result = {
            let Vm { io, store, .. } = vm;
            let access = store
                .as_any_mut()
                .downcast_mut::<crate::store_access::StoreAccess>()
                .ok_or_else(|| Error::eval("no store is configured for this evaluator"))?;
            if let Some(exp) = &this.expected {
                let tree = IoTree(&**io);
                let dir = access.dir();
                let (sp, _h) = match filter {
                    Some(sel) => {
                        let ft = nixlet_store::tree::FilteredTree::new(&tree, sel);
                        nixlet_store::store::compute_path(
                            &dir,
                            &this.name,
                            &ft,
                            &this.path,
                            method,
                            algo,
                            &BTreeSet::new(),
                        )
                    }
                    None => nixlet_store::store::compute_path(
                        &dir,
                        &this.name,
                        &tree,
                        &this.path,
                        method,
                        algo,
                        &BTreeSet::new(),
                    ),
                }
                .map_err(|e| Error::eval(e.to_string()))?;
                let want = dir
                    .make_fixed_output_path(method, exp, &this.name, &BTreeSet::new())
                    .map_err(|e| Error::eval(e.to_string()))?;
                if sp != want {
                    return Err(Error::eval(format!(
                        "store path mismatch in (possibly filtered) path added from '{}'",
                        this.path
                    )));
                }
            }
            access.add_tree(&**io, &this.path, &this.name, method, algo, filter).map_err(Error::eval)?
        };
        Ok(Step::Done(mk_with_ctx(vm, &result, vec![CtxElem::from(result.as_str())])))
    }

    /// C++ Nix's frame around the errors of the filter function's calls.
    fn adding(&self, e: Error) -> Error {
        e.trace(None, format!("while adding path '{}'", self.path))
    }
}

impl Cont for PathCopy {
    fn resume(mut self: Box<Self>, vm: &mut Vm, r: Value) -> EvalResult<Step> {
        let keep = vm
            .want_bool(r, "while evaluating the return value of the path filter function")
            .map_err(|e| self.adding(e))?;
        let _ = self.current.take();
        self.selector.decide(keep);
        self.run(vm)
    }

    fn on_error(self: Box<Self>, _vm: &mut Vm, e: Error) -> EvalResult<Step> {
        Err(self.adding(e))
    }
}

fn start_copy(
    vm: &mut Vm,
    path: String,
    name: Option<String>,
    filter: Option<Value>,
    recursive: bool,
    expected: Option<Hash>,
) -> EvalResult<Step> {
    if vm.io.symlink_type(&path).is_err() {
        return Err(Error::eval(format!("path '{path}' does not exist")));
    }
    let name = name.unwrap_or_else(|| path.rsplit('/').next().unwrap_or("").to_string());
    if let Some(m) = name_error(&name) {
        return Err(Error::eval(format!("invalid store path name: {m}")));
    }
    let mut selector = Selector::new();
    if filter.is_some() {
        let tree = IoTree(&*vm.io);
        selector.start(&tree, &path).map_err(|e| Error::eval(e.to_string()))?;
    }
    Box::new(PathCopy { path, name, filter, recursive, expected, selector, current: None }).run(vm)
}

fn filter_source(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let f = args[0];
    let arg = args[1];
    coerce_to_path(
        vm,
        arg,
        "while evaluating the second argument (the path to filter) passed to 'builtins.filterSource'",
        move |vm, p| {
            vm.want_function(f, "while evaluating the first argument passed to builtins.filterSource")?;
            start_copy(vm, p, None, Some(f), true, None)
        },
    )
}

fn path(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let a = vm.want_attrs(args[0], "while evaluating the argument passed to 'builtins.path'")?;
    let entries = vm.heap.attrs_vec(a);
    let names: Vec<String> = entries.iter().map(|e| vm.symbols.str(e.name).into_owned()).collect();
    for n in &names {
        if !matches!(n.as_str(), "path" | "name" | "filter" | "recursive" | "sha256") {
            return Err(Error::eval(format!("unsupported argument '{n}' to 'builtins.path'")));
        }
    }
    let get = |n: &str| entries.iter().zip(&names).find(|(_, m)| m.as_str() == n).map(|(e, _)| e.value);
    let Some(p) = get("path") else {
        return Err(Error::eval("missing required 'path' attribute in the first argument to 'builtins.path'"));
    };
    let rest: Vec<Value> =
        ["name", "filter", "recursive", "sha256"].iter().map(|n| get(n).unwrap_or(Value::Null)).collect();
    coerce_to_path(vm, p, "while evaluating the 'path' attribute passed to 'builtins.path'", move |vm, path| {
        force_each(vm, rest, move |vm: &mut Vm, v: Vec<Value>| {
            let name = match v[0] {
                Value::Null => None,
                n => Some(
                    String::from_utf8_lossy(
                        &vm.want_string_no_ctx(n, "while evaluating the `name` attribute passed to builtins.path")?,
                    )
                    .into_owned(),
                ),
            };
            let filter = match v[1] {
                Value::Null => None,
                f => {
                    vm.want_function(f, "while evaluating the `filter` parameter passed to builtins.path")?;
                    Some(f)
                }
            };
            let recursive = match v[2] {
                Value::Null => true,
                r => vm.want_bool(r, "while evaluating the `recursive` attribute passed to builtins.path")?,
            };
            let expected = match v[3] {
                Value::Null => None,
                h => {
                    let s =
                        vm.want_string_no_ctx(h, "while evaluating the `sha256` attribute passed to builtins.path")?;
                    let s = String::from_utf8_lossy(&s).into_owned();
                    Some(Hash::parse_any(&s, Some(HashAlgo::Sha256)).map_err(|e| Error::eval(e.to_string()))?)
                }
            };
            start_copy(vm, path, name, filter, recursive, expected)
        })
    })
}
