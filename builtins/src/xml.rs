//! `builtins.toXML` (and the CLI's `--xml` output).
//!
//! The format is C++ Nix's: an `<expr>` root, two spaces of indentation per level,
//! element attributes in name order, `"`, `<`, `>`, `&` and newlines escaped in
//! attribute values. Sets are sorted by name; derivations are shown once (by `drvPath`)
//! and `<repeated />` afterwards; functions show their formals and, with locations,
//! their position. The walk is a continuation with an explicit work stack.

use crate::{Decl, decl};
use nixlet_eval::builtin::{Cont, Step};
use nixlet_eval::print::{format_float, sorted_attrs};
use nixlet_eval::value::{AttrsId, CtxElem, LambdaId, NixString, PosId, Thunk, Value, merge_context};
use nixlet_eval::{Error, EvalResult, Vm};
use nixlet_parser::{Origin, SyntaxKind};
use rustc_hash::FxHashSet;

pub(crate) const DECLS: &[Decl] = &[decl!(
    "__toXML",
    1,
    0,
    to_xml,
    "A string with an XML representation of *e* (sets, lists, strings, numbers, paths, functions' formals), as used to pass structured data to builders."
)];

fn to_xml(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    to_xml_string(vm, args[0], false)
}

/// The XML text of `v` as `builtins.toXML` makes it (forcing everything it shows); with
/// `location`, sets' attributes and functions carry `line`/`column`/`path` attributes
/// like `nix-instantiate --eval --xml` prints them. The step finishes with a string
/// value (with the context of the strings shown).
pub fn to_xml_string(vm: &mut Vm, v: Value, location: bool) -> EvalResult<Step> {
    to_xml_string_with(vm, v, location, true)
}

/// Like [`to_xml_string`]; with `strict == false` values not yet evaluated are shown as
/// `<unevaluated />` instead of being forced (what `nix-instantiate --eval --xml`
/// without `--strict` does below the top-level value, which is forced first).
pub fn to_xml_string_with(vm: &mut Vm, v: Value, location: bool, strict: bool) -> EvalResult<Step> {
    let mut out = Vec::new();
    out.extend_from_slice(b"<?xml version='1.0' encoding='utf-8'?>\n<expr>\n");
    let w = Box::new(XmlWriter {
        out,
        ctx: Vec::new(),
        work: vec![Work::Raw(b"</expr>\n".to_vec()), Work::Value { v, depth: 1, top: true }],
        drvs_seen: FxHashSet::default(),
        location,
        strict,
    });
    w.run(vm)
}

enum Stage {
    /// Find out whether the set is a derivation (forces `type`).
    Type,
    /// Force `drvPath` (strict mode).
    DrvPath,
    /// Force `outPath` (strict mode), with the `drvPath` found.
    OutPath(Option<Vec<u8>>),
}

enum Work {
    Value { v: Value, depth: usize, top: bool },
    Attrs { a: AttrsId, depth: usize, stage: Stage },
    Raw(Vec<u8>),
}

struct XmlWriter {
    out: Vec<u8>,
    ctx: Vec<CtxElem>,
    work: Vec<Work>,
    drvs_seen: FxHashSet<Vec<u8>>,
    location: bool,
    strict: bool,
}

/// Appends an attribute value with the escapes Nix's XML writer uses.
fn push_escaped(out: &mut Vec<u8>, s: &[u8]) {
    for &c in s {
        match c {
            b'"' => out.extend_from_slice(b"&quot;"),
            b'<' => out.extend_from_slice(b"&lt;"),
            b'>' => out.extend_from_slice(b"&gt;"),
            b'&' => out.extend_from_slice(b"&amp;"),
            b'\n' => out.extend_from_slice(b"&#xA;"),
            _ => out.push(c),
        }
    }
}

fn indent(out: &mut Vec<u8>, depth: usize) {
    out.extend(std::iter::repeat_n(b' ', depth * 2));
}

/// `<name a="…" …` + `>` or ` />`, a line of its own. `attrs` must be in name order.
fn element(out: &mut Vec<u8>, depth: usize, name: &str, attrs: &[(&str, &[u8])], empty: bool) {
    indent(out, depth);
    out.push(b'<');
    out.extend_from_slice(name.as_bytes());
    for (k, v) in attrs {
        out.push(b' ');
        out.extend_from_slice(k.as_bytes());
        out.extend_from_slice(b"=\"");
        push_escaped(out, v);
        out.push(b'"');
    }
    out.extend_from_slice(if empty { b" />\n" } else { b">\n" });
}

fn closing(depth: usize, name: &str) -> Vec<u8> {
    format!("{}</{name}>\n", " ".repeat(depth * 2)).into_bytes()
}

/// `column`, `line` and (for files) `path` of a position, in name order.
fn position_attrs(vm: &Vm, pos: PosId) -> Vec<(&'static str, Vec<u8>)> {
    let Some(span) = vm.prog.span(pos) else { return Vec::new() };
    let Some(file) = vm.sources.get(span.file) else { return Vec::new() };
    let (line, col) = file.line_col(span.range.start().into());
    let mut v = vec![("column", col.to_string().into_bytes()), ("line", line.to_string().into_bytes())];
    if let Origin::Path(p) = &file.origin {
        v.push(("path", p.clone().into_bytes()));
    }
    v
}

/// What a lambda's parameter looks like in its source: `x:` or `{ … } @ x` / `x @ { … }`.
enum ParamSyntax {
    Ident(String),
    Pattern(Option<String>),
}

/// Recovers a lambda's parameter name from its source text (the compiled program keeps
/// only the formals): tokenizes from the lambda's start up to its `:`.
fn param_syntax(vm: &Vm, l: LambdaId) -> Option<ParamSyntax> {
    let info = vm.prog.lambdas.get(l.0 as usize)?;
    let span = vm.prog.span(info.pos)?;
    let file = vm.sources.get(span.file)?;
    let start: usize = span.range.start().into();
    let text = file.text.get(start..)?;
    let mut toks = nixlet_parser::rnix::tokenize(text).filter(|(k, _)| !k.is_trivia());
    let (k, t) = toks.next()?;
    match k {
        SyntaxKind::TOKEN_IDENT => match toks.next()?.0 {
            SyntaxKind::TOKEN_AT => Some(ParamSyntax::Pattern(Some(t.to_string()))),
            _ => Some(ParamSyntax::Ident(t.to_string())),
        },
        SyntaxKind::TOKEN_L_BRACE => {
            let mut depth = 1usize;
            for (k, _) in toks.by_ref() {
                match k {
                    SyntaxKind::TOKEN_L_BRACE | SyntaxKind::TOKEN_INTERPOL_START => depth += 1,
                    SyntaxKind::TOKEN_R_BRACE | SyntaxKind::TOKEN_INTERPOL_END => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
            match toks.next() {
                Some((SyntaxKind::TOKEN_AT, _)) => match toks.next() {
                    Some((SyntaxKind::TOKEN_IDENT, name)) => Some(ParamSyntax::Pattern(Some(name.to_string()))),
                    _ => Some(ParamSyntax::Pattern(None)),
                },
                _ => Some(ParamSyntax::Pattern(None)),
            }
        }
        _ => None,
    }
}

impl XmlWriter {
    fn run(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        if let Some(v) = self.step_all(vm)? {
            return Ok(Step::Force(v, self));
        }
        let s = NixString {
            bytes: std::mem::take(&mut self.out).into_boxed_slice(),
            context: if self.ctx.is_empty() { None } else { Some(std::mem::take(&mut self.ctx).into_boxed_slice()) },
        };
        Ok(Step::Done(vm.mk_string(s)))
    }

    /// Works until done (`None`) or until a value must be forced.
    fn step_all(&mut self, vm: &mut Vm) -> EvalResult<Option<Value>> {
        while let Some(item) = self.work.pop() {
            vm.tick()?;
            vm.check_alloc(self.out.len())?;
            match item {
                Work::Raw(s) => self.out.extend_from_slice(&s),
                Work::Value { v, depth, top } => {
                    if depth > vm.opts.max_nesting_depth {
                        return Err(Error::stack_overflow());
                    }
                    let r = vm.heap.resolve(v);
                    if let Value::Thunk(t) = r {
                        if self.strict || top {
                            if let Thunk::Blackhole = vm.heap.thunk(t) {
                                return Err(Error::infinite_recursion(t));
                            }
                            self.work.push(Work::Value { v: r, depth, top });
                            return Ok(Some(r));
                        }
                        element(&mut self.out, depth, "unevaluated", &[], true);
                        continue;
                    }
                    self.value(vm, r, depth);
                }
                Work::Attrs { a, depth, stage } => {
                    if let Some(f) = self.attrs(vm, a, depth, stage)? {
                        return Ok(Some(f));
                    }
                }
            }
        }
        Ok(None)
    }

    fn value(&mut self, vm: &mut Vm, v: Value, depth: usize) {
        let out = &mut self.out;
        match v {
            Value::Int(i) => element(out, depth, "int", &[("value", i.to_string().as_bytes())], true),
            Value::Bool(b) => element(out, depth, "bool", &[("value", if b { b"true" } else { b"false" })], true),
            Value::String(s) => {
                let st = vm.heap.string(s);
                merge_context(&mut self.ctx, st.context());
                element(out, depth, "string", &[("value", st.bytes)], true);
            }
            Value::Path(p) => element(out, depth, "path", &[("value", vm.heap.str_bytes(p))], true),
            Value::Null => element(out, depth, "null", &[], true),
            Value::Float(f) => element(out, depth, "float", &[("value", format_float(f).as_bytes())], true),
            Value::Attrs(a) => self.work.push(Work::Attrs { a, depth, stage: Stage::Type }),
            Value::List(l) => {
                element(out, depth, "list", &[], false);
                self.work.push(Work::Raw(closing(depth, "list")));
                for e in vm.heap.list(l).iter().rev() {
                    self.work.push(Work::Value { v: *e, depth: depth + 1, top: false });
                }
            }
            Value::Lambda(l, _) => self.lambda(vm, l, depth),
            Value::Builtin(_) | Value::PrimOpApp(_) | Value::Thunk(_) => element(out, depth, "unevaluated", &[], true),
        }
    }

    fn lambda(&mut self, vm: &Vm, l: LambdaId, depth: usize) {
        let Some(info) = vm.prog.lambdas.get(l.0 as usize) else {
            element(&mut self.out, depth, "unevaluated", &[], true);
            return;
        };
        let pos_attrs = if self.location { position_attrs(vm, info.pos) } else { Vec::new() };
        let attrs: Vec<(&str, &[u8])> = pos_attrs.iter().map(|(k, v)| (*k, v.as_slice())).collect();
        element(&mut self.out, depth, "function", &attrs, false);
        let syntax = param_syntax(vm, l);
        match info.formals.and_then(|f| vm.prog.formals.get(f as usize)) {
            Some(fd) => {
                let bind = match syntax {
                    Some(ParamSyntax::Pattern(b)) => b,
                    _ => None,
                };
                let mut attrs: Vec<(&str, &[u8])> = Vec::new();
                if fd.ellipsis {
                    attrs.push(("ellipsis", b"1"));
                }
                if let Some(b) = &bind {
                    attrs.push(("name", b.as_bytes()));
                }
                element(&mut self.out, depth + 1, "attrspat", &attrs, false);
                let mut names: Vec<&[u8]> = fd.formals.iter().map(|f| vm.symbols.bytes(f.name)).collect();
                names.sort();
                for n in names {
                    element(&mut self.out, depth + 2, "attr", &[("name", n)], true);
                }
                self.out.extend_from_slice(&closing(depth + 1, "attrspat"));
            }
            None => {
                let name = match syntax {
                    Some(ParamSyntax::Ident(n)) => n,
                    _ => String::new(),
                };
                element(&mut self.out, depth + 1, "varpat", &[("name", name.as_bytes())], true);
            }
        }
        self.out.extend_from_slice(&closing(depth, "function"));
    }

    /// Shows a set (or derivation), forcing `type`, `drvPath` and `outPath` first.
    fn attrs(&mut self, vm: &mut Vm, a: AttrsId, depth: usize, stage: Stage) -> EvalResult<Option<Value>> {
        let k = vm.known;
        let mut stage = stage;
        loop {
            stage = match stage {
                Stage::Type => {
                    let ty = vm.heap.attr(a, k.type_).map(|x| vm.heap.resolve(x.value));
                    match ty {
                        Some(t @ Value::Thunk(_)) => {
                            self.work.push(Work::Attrs { a, depth, stage: Stage::Type });
                            return Ok(Some(t));
                        }
                        Some(Value::String(s)) if vm.heap.str_bytes(s) == b"derivation" => Stage::DrvPath,
                        _ => {
                            element(&mut self.out, depth, "attrs", &[], false);
                            self.work.push(Work::Raw(closing(depth, "attrs")));
                            self.show_attrs(vm, a, depth + 1);
                            return Ok(None);
                        }
                    }
                }
                Stage::DrvPath => {
                    let dp = vm.heap.attr(a, k.drv_path).map(|x| vm.heap.resolve(x.value));
                    match dp {
                        Some(t @ Value::Thunk(_)) if self.strict => {
                            self.work.push(Work::Attrs { a, depth, stage: Stage::DrvPath });
                            return Ok(Some(t));
                        }
                        Some(Value::String(s)) => Stage::OutPath(Some(vm.heap.str_bytes(s).to_vec())),
                        _ => Stage::OutPath(None),
                    }
                }
                Stage::OutPath(drv_path) => {
                    let op = vm.heap.attr(a, k.out_path).map(|x| vm.heap.resolve(x.value));
                    if let Some(t @ Value::Thunk(_)) = op
                        && self.strict
                    {
                        self.work.push(Work::Attrs { a, depth, stage: Stage::OutPath(drv_path) });
                        return Ok(Some(t));
                    }
                    let out_path = match op {
                        Some(Value::String(s)) => Some(vm.heap.str_bytes(s).to_vec()),
                        _ => None,
                    };
                    let mut attrs: Vec<(&str, &[u8])> = Vec::new();
                    if let Some(d) = &drv_path {
                        attrs.push(("drvPath", d));
                    }
                    if let Some(o) = &out_path {
                        attrs.push(("outPath", o));
                    }
                    element(&mut self.out, depth, "derivation", &attrs, false);
                    self.work.push(Work::Raw(closing(depth, "derivation")));
                    let first = match drv_path {
                        Some(d) if !d.is_empty() => self.drvs_seen.insert(d),
                        _ => false,
                    };
                    if first {
                        self.show_attrs(vm, a, depth + 1);
                    } else {
                        element(&mut self.out, depth + 1, "repeated", &[], true);
                    }
                    return Ok(None);
                }
            };
        }
    }

    /// Queues `<attr name=…>value</attr>` for every attribute, in name order.
    fn show_attrs(&mut self, vm: &Vm, a: AttrsId, depth: usize) {
        let entries = sorted_attrs(vm, a);
        for attr in entries.into_iter().rev() {
            self.work.push(Work::Raw(closing(depth, "attr")));
            self.work.push(Work::Value { v: attr.value, depth: depth + 1, top: false });
            let mut head = Vec::new();
            let pos_attrs =
                if self.location && attr.pos != PosId::NONE { position_attrs(vm, attr.pos) } else { Vec::new() };
            let name = vm.symbols.bytes(attr.name).to_vec();
            let mut attrs: Vec<(&str, &[u8])> = Vec::new();
            for (k, v) in &pos_attrs {
                if *k != "path" {
                    attrs.push((k, v));
                }
            }
            attrs.push(("name", &name));
            for (k, v) in &pos_attrs {
                if *k == "path" {
                    attrs.push((k, v));
                }
            }
            element(&mut head, depth, "attr", &attrs, false);
            self.work.push(Work::Raw(head));
        }
    }
}

impl Cont for XmlWriter {
    fn resume(self: Box<Self>, vm: &mut Vm, _v: Value) -> EvalResult<Step> {
        self.run(vm)
    }
}
