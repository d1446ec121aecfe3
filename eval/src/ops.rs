//! The operations behind the instructions: arithmetic, concatenation, selection,
//! attribute-set construction, formals binding, string interpolation.
//!
//! Helpers that may need evaluation (coercing a set through `__toString`, comparing
//! lists) return `Ok(None)` after registering a continuation with [`Vm::begin`]; the
//! instruction is then re-executed when the continuation has done its work.

use crate::builtin::{Args, Cont, Step};
use crate::code::Lazy;
use crate::coerce::{CoerceOpts, Now, coerce_now};
use crate::error::{Error, EvalResult, suggest};
use crate::symbol::Sym;
use crate::value::*;
use crate::vm::Vm;

/// Arithmetic operators other than `+`.
#[derive(Debug, Clone, Copy)]
pub enum Arith {
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
}

impl Vm {
    /// "expected X but found Y: value" type error.
    pub fn expected(&self, what: &str, v: Value) -> Error {
        let ty = self.heap.type_of(v);
        Error::eval(format!("expected {} but found {}: {}", what, ty.a(), crate::print::show_short(self, v)))
    }

    /// Integer/float arithmetic with Nix's overflow and division checks, checking
    /// operands in the order C++ Nix's `sub`/`mul`/`div` primops do.
    pub fn arith(&mut self, a: Value, b: Value, op: Arith) -> EvalResult<Value> {
        let is_num = |v: Value| matches!(v, Value::Int(_) | Value::Float(_));
        let (first, second) = match op {
            Arith::Sub => (
                "while evaluating the first argument of the subtraction",
                "while evaluating the second argument of the subtraction",
            ),
            Arith::Mul => (
                "while evaluating the first argument of the multiplication",
                "while evaluating the second argument of the multiplication",
            ),
            Arith::Div => (
                "while evaluating the first operand of the division",
                "while evaluating the second operand of the division",
            ),
        };
        if let Arith::Div = op {
            // the divisor is checked (as a float) and tested for zero first
            let y = match b {
                Value::Int(i) => i as f64,
                Value::Float(f) => f,
                other => return Err(self.expected("a float", other).trace(None, second)),
            };
            if y == 0.0 {
                return Err(Error::eval("division by zero"));
            }
        }
        let float = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
        let want = if float { "a float" } else { "an integer" };
        if !is_num(a) {
            return Err(self.expected(want, a).trace(None, first));
        }
        if !is_num(b) {
            return Err(self.expected(want, b).trace(None, second));
        }
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => {
                let (r, verb, sym) = match op {
                    Arith::Sub => (x.checked_sub(y), "subtracting", "-"),
                    Arith::Mul => (x.checked_mul(y), "multiplying", "*"),
                    Arith::Div => (x.checked_div(y), "dividing", "/"),
                };
                r.map(Value::Int).ok_or_else(|| Error::eval(format!("integer overflow in {verb} {x} {sym} {y}")))
            }
            _ => {
                let (x, y) = (as_float(a), as_float(b));
                Ok(Value::Float(match op {
                    Arith::Sub => x - y,
                    Arith::Mul => x * y,
                    Arith::Div => x / y,
                }))
            }
        }
    }

    /// `a - b`, `a * b`, `a / b` at `pc`: Nix calls `__sub`, `__mul`, `__div` for them, so
    /// errors read as that builtin's.
    pub(crate) fn arith_op(&mut self, a: Value, b: Value, op: Arith, pc: u32) -> EvalResult<Option<Value>> {
        let name = match op {
            Arith::Sub => "sub",
            Arith::Mul => "mul",
            Arith::Div => "div",
        };
        self.arith(a, b, op).map(Some).map_err(|e| self.as_primop_error(e, pc, name))
    }

    /// An error of an operator Nix implements by calling the builtin `name`: no
    /// position of its own, and a `while calling the 'name' builtin` frame at `pc`.
    pub(crate) fn as_primop_error(&self, e: Error, pc: u32, name: &str) -> Error {
        e.unlocated().trace(self.span_at(pc), format!("while calling the '{name}' builtin"))
    }

    /// `a + b`. `base` is the stack index of `a` (for coercion continuations); `pos`
    /// indexes the operand positions.
    pub(crate) fn add(&mut self, a: Value, b: Value, base: usize, pos: u32) -> EvalResult<Option<Value>> {
        // numeric errors are reported at the right operand, as Nix does
        match a {
            Value::Int(x) => match b {
                Value::Int(y) => x.checked_add(y).map(|r| Some(Value::Int(r))).ok_or_else(|| {
                    Error::eval(format!("integer overflow in adding {x} + {y}")).at(self.add_operand_span(pos, 1))
                }),
                Value::Float(y) => Ok(Some(Value::Float(x as f64 + y))),
                other => Err(Error::eval(format!("cannot add {} to an integer", self.heap.type_of(other).a()))
                    .at(self.add_operand_span(pos, 1))),
            },
            Value::Float(x) => match b {
                Value::Int(y) => Ok(Some(Value::Float(x + y as f64))),
                Value::Float(y) => Ok(Some(Value::Float(x + y))),
                other => Err(Error::eval(format!("cannot add {} to a float", self.heap.type_of(other).a()))
                    .at(self.add_operand_span(pos, 1))),
            },
            _ => {
                let spans = [self.add_operand_span(pos, 0), self.add_operand_span(pos, 1)];
                self.concat_strings(base, 2, matches!(a, Value::Path(_)), PartSpans::Given(&spans))
            }
        }
    }

    fn add_operand_span(&self, pos: u32, which: usize) -> Option<nixlet_parser::Span> {
        let (a, b) = self.prog.add_pos.get(pos as usize).copied()?;
        self.prog.span(if which == 0 { a } else { b })
    }

    /// Concatenates the `n` stack values from `start` as strings (or as a path when
    /// `path` is set). `interp`: string interpolation (always string mode).
    /// Errors get Nix's `while evaluating a path segment` context at the part's position.
    pub(crate) fn concat_strings(
        &mut self,
        start: usize,
        n: usize,
        path: bool,
        spans: PartSpans<'_>,
    ) -> EvalResult<Option<Value>> {
        // the result's size where the parts' sizes are known (a non-string part is
        // guessed), so the buffer is not grown or copied
        let mut peeled = std::mem::take(&mut self.peel_depth);
        let mut cap = 0usize;
        let mut only_strings = !path;
        for i in 0..n {
            cap = cap.saturating_add(match self.heap.resolve(self.stack_at(start + i)) {
                Value::String(s) => self.heap.str_bytes(s).len(),
                Value::Path(s) => {
                    only_strings = false;
                    self.heap.str_bytes(s).len()
                }
                _ => {
                    only_strings = false;
                    16
                }
            });
        }
        self.check_alloc(cap)?;
        if only_strings {
            // the usual case: built in place in the heap's byte arena
            let mut ctx: Vec<CtxElem> = Vec::new();
            let mark = self.heap.str_begin();
            for i in 0..n {
                if let Value::String(s) = self.heap.resolve(self.stack_at(start + i)) {
                    self.heap.str_push_str(s);
                    let c = self.heap.string(s).context();
                    if !c.is_empty() {
                        merge_context(&mut ctx, c);
                    }
                }
            }
            return Ok(Some(Value::String(self.heap.str_finish(mark, ctx))));
        }
        let mut buf: Vec<u8> = Vec::with_capacity(cap);
        let mut ctx: Vec<CtxElem> = Vec::new();
        let segment_err = |vm: &Vm, e: Error, i: usize| -> Error {
            e.unlocated().trace(vm.part_span(spans, i), "while evaluating a path segment")
        };
        for i in 0..n {
            let v = self.heap.resolve(self.stack_at(start + i));
            let opts = if path { CoerceOpts::NO_COPY } else { CoerceOpts::INTERP };
            // fast paths: strings and (first) paths need no allocation of a result
            match v {
                Value::String(s) => {
                    self.check_alloc(buf.len() + self.heap.str_bytes(s).len())?;
                    let st = self.heap.string(s);
                    buf.extend_from_slice(st.bytes);
                    merge_context(&mut ctx, st.context());
                    continue;
                }
                Value::Path(p) if path => {
                    buf.extend_from_slice(self.heap.str_bytes(p));
                    continue;
                }
                _ => {}
            }
            // a path fails only to be copied to the store: an error of the store's,
            // which C++ Nix gives no segment frame
            let now = match v {
                Value::Path(_) => coerce_now(self, v, opts).map_err(Error::unlocated)?,
                _ => coerce_now(self, v, opts).map_err(|e| segment_err(self, e, i))?,
            };
            match now {
                Now::Bytes(b, c) => {
                    self.check_alloc(buf.len() + b.len())?;
                    buf.extend_from_slice(&b);
                    merge_context(&mut ctx, &c);
                }
                Now::Peel(x, attr_pos) => {
                    peeled = self.count_peel(peeled, attr_pos)?;
                    // an `outPath` still to evaluate is forced under C++ Nix's frame
                    // for it; the operation then runs again with its value in place
                    if let Value::Thunk(_) = self.heap.resolve(x) {
                        let k = OutPathForce { slot: start + i, attr_pos, peeled };
                        self.begin(Step::Force(x, Box::new(k)));
                    } else {
                        self.set_stack_at(start + i, x);
                        self.peel_depth = peeled;
                    }
                    return Ok(None);
                }
                Now::Call(f, s, attr_pos) => {
                    peeled = self.count_peel(peeled, attr_pos)?;
                    let slot = start + i;
                    let span = self.part_span(spans, i);
                    let k = ToStringCall { slot, span, attr_pos, peeled };
                    self.begin(Step::Call(f, Args::one(s), Box::new(k)));
                    return Ok(None);
                }
                Now::List(_) => return Err(segment_err(self, crate::coerce::cannot_coerce(self, v), i)),
            }
        }
        if path {
            if !ctx.is_empty() {
                return Err(Error::eval("a string that refers to a store path cannot be appended to a path"));
            }
            let text = String::from_utf8(buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            let canon = crate::lower::canon_path_owned(text);
            return Ok(Some(Value::Path(self.heap.alloc_str(canon.as_bytes()))));
        }
        let s = NixString {
            bytes: buf.into_boxed_slice(),
            context: if ctx.is_empty() { None } else { Some(ctx.into_boxed_slice()) },
        };
        Ok(Some(Value::String(self.heap.alloc_string(s))))
    }

    /// Counts one more set peeled by a string concatenation (at the attribute at
    /// `attr_pos`): past the nesting limit, a set that keeps peeling to a set (to
    /// itself, say) is the stack overflow C++ Nix reports, not a loop.
    fn count_peel(&self, peeled: usize, attr_pos: PosId) -> EvalResult<usize> {
        let peeled = peeled + 1;
        if peeled > self.opts.max_nesting_depth {
            let e = Error::stack_overflow();
            return Err(e.at(self.prog.span(attr_pos)));
        }
        Ok(peeled)
    }

    /// String or path interpolation over the top stack values from `start`; `idx`
    /// indexes the part positions.
    pub(crate) fn interpolate(&mut self, start: usize, path: bool, idx: u32) -> EvalResult<Option<Value>> {
        let n = self.stack_len() - start;
        self.concat_strings(start, n, path, PartSpans::Interp(idx))
    }

    /// The position of part `i` of a concatenation (for error traces).
    fn part_span(&self, spans: PartSpans<'_>, i: usize) -> Option<nixlet_parser::Span> {
        match spans {
            PartSpans::Interp(idx) => {
                self.prog.interps.get(idx as usize).and_then(|ps| ps.get(i)).and_then(|p| self.prog.span(*p))
            }
            PartSpans::Given(s) => s.get(i).copied().flatten(),
        }
    }

    /// `a ++ b`.
    pub fn concat(&mut self, a: Value, b: Value, pc: u32) -> EvalResult<Value> {
        match (a, b) {
            (Value::List(x), Value::List(y)) => {
                self.check_alloc((x.len as usize + y.len as usize) * std::mem::size_of::<Value>())?;
                Ok(Value::List(self.heap.concat_lists(x, y)))
            }
            // as in Nix: the context is at the operator, the type error has no position
            (Value::List(_), other) | (other, _) => Err(self
                .expected("a list", other)
                .unlocated()
                .trace(self.span_at(pc), "while evaluating one of the elements to concatenate")),
        }
    }

    /// `a // b`.
    pub fn update(&mut self, a: Value, b: Value) -> EvalResult<Value> {
        match (a, b) {
            (Value::Attrs(x), Value::Attrs(y)) => Ok(Value::Attrs(self.heap.update(x, y))),
            (Value::Attrs(_), other) | (other, _) => Err(self.expected("a set", other)),
        }
    }

    /// `v.name` on a value in weak head normal form, for the selection at `pc`.
    pub fn select(&mut self, v: Value, name: Sym, pc: u32) -> EvalResult<Value> {
        match v {
            Value::Attrs(a) if !a.is_layer() => match self.heap.attr_value(a, name) {
                Some(x) => Ok(x),
                None => Err(self.missing_attr(a, name)),
            },
            // the interpreter's hinted search finds nothing in a layer: its hint is
            // tried here, in the layer's merged slice
            Value::Attrs(a) => {
                let hint = self.sel_hint(pc);
                match self.heap.attr_value_hinted(a, name, hint) {
                    Some((i, x)) => {
                        if i != hint {
                            self.set_sel_hint(pc, i);
                        }
                        Ok(x)
                    }
                    None => Err(self.missing_attr(a, name)),
                }
            }
            // as in Nix: the context is at the selection, the type error has no position
            other => {
                Err(self.expected("a set", other).unlocated().trace(self.span_at(pc), "while selecting an attribute"))
            }
        }
    }

    /// "attribute 'x' missing" with suggestions.
    pub fn missing_attr(&self, a: AttrsId, name: Sym) -> Error {
        let n = self.symbols.str(name).into_owned();
        let mut e = Error::eval(format!("attribute '{n}' missing"));
        let names: Vec<String> = self.heap.attrs_vec(a).iter().map(|x| self.symbols.str(x.name).into_owned()).collect();
        e.0.suggestions = suggest(&n, names.iter().map(|s| s.as_str()));
        e
    }

    /// The attribute name a dynamic key evaluates to.
    pub fn attr_name(&mut self, v: Value) -> EvalResult<Sym> {
        match v {
            Value::String(s) => {
                let st = self.heap.string(s);
                if let Some(c) = st.context().first() {
                    let text = String::from_utf8_lossy(st.bytes).into_owned();
                    return Err(Error::eval(format!(
                        "the string '{text}' is not allowed to refer to a store path (such as '{}')",
                        c.trim_start_matches('=').rsplit('!').next().unwrap_or(c)
                    )));
                }
                Ok(self.intern_str(s))
            }
            other => Err(self.expected("a string", other)),
        }
    }

    /// Adds the dynamic attributes `[name value]*` above the set at `start - 1`.
    pub(crate) fn add_dyn_attrs(&mut self, d: u32, start: usize) -> EvalResult<Value> {
        let base = self.stack_at(start - 1);
        let Value::Attrs(a) = base else {
            return Err(Error::eval("internal error: dynamic attributes without a set"));
        };
        let mut entries: Vec<Attr> = self.heap.attrs_vec(a);
        let n = self.prog.dyn_descs[d as usize].len();
        for i in 0..n {
            let name = self.stack_at(start + 2 * i);
            let value = self.stack_at(start + 2 * i + 1);
            if let Value::Null = name {
                continue;
            }
            let pos = self.prog.dyn_descs[d as usize][i];
            let sym = self.attr_name(name).map_err(|e| {
                e.unlocated().trace(self.prog.span(pos), "while evaluating the name of a dynamic attribute")
            })?;
            if let Some(prev) = entries.iter().find(|e| e.name == sym) {
                let n = self.symbols.str(sym).into_owned();
                let at =
                    self.prog.span(prev.pos).map(|s| self.sources.describe(s)).unwrap_or_else(|| "«none»:0".into());
                return Err(
                    Error::eval(format!("dynamic attribute '{n}' already defined at {at}")).at(self.prog.span(pos))
                );
            }
            entries.push(Attr { name: sym, pos, value });
        }
        entries.sort_by_key(|e| e.name);
        Ok(Value::Attrs(self.heap.alloc_attrs_sorted(&entries)))
    }

    /// `__overrides` of a `rec` set (on top of the stack).
    pub(crate) fn apply_overrides(&mut self, o: u32, env: EnvId, at: u32) -> EvalResult<Option<Value>> {
        let Value::Attrs(a) = self.top_value() else {
            return Ok(None);
        };
        let k = self.known.overrides;
        let Some(ov) = self.heap.attr(a, k).map(|x| x.value) else {
            return Ok(Some(Value::Attrs(a)));
        };
        let ov = match self.heap.resolve(ov) {
            Value::Thunk(_) => {
                // force it and run the instruction again
                let k = |_vm: &mut Vm, _v: Value| -> EvalResult<Step> { Ok(Step::Done(Value::Null)) };
                self.begin(Step::Force(ov, Box::new(k)));
                let _ = at;
                return Ok(None);
            }
            v => v,
        };
        let Value::Attrs(ova) = ov else {
            return Err(self
                .expected("a set", ov)
                .unlocated()
                .trace(None, "while evaluating the `__overrides` attribute"));
        };
        let overrides: Vec<Attr> = self.heap.attrs_vec(ova);
        let slots = self.prog.overrides[o as usize].slots.clone();
        for attr in &overrides {
            if let Some((_, slot)) = slots.iter().find(|(n, _)| *n == attr.name) {
                self.heap.set_slot(env, *slot, attr.value);
            }
        }
        let merged = self.heap.update(a, ova);
        Ok(Some(Value::Attrs(merged)))
    }

    /// Destructures a lambda argument into its formals' slots.
    pub(crate) fn bind_formals(&mut self, f: u32, env: EnvId, arg: Value) -> EvalResult<()> {
        let Value::Attrs(a) = arg else {
            // as in Nix: the context is at the lambda, the type error itself has no position
            let lambda = self.prog.formals[f as usize].lambda;
            let span = self.prog.span(self.prog.lambdas[lambda.0 as usize].pos);
            return Err(self
                .expected("a set", arg)
                .unlocated()
                .trace(span, "while evaluating the value passed for the lambda argument"));
        };
        self.heap.set_slot(env, 0, arg);
        let desc = &self.prog.formals[f as usize];
        let lambda = desc.lambda;
        let ellipsis = desc.ellipsis;
        let n = desc.formals.len();
        let mut used = 0usize;
        for i in 0..n {
            let fd = &self.prog.formals[f as usize].formals[i];
            let (name, slot, default) = (fd.name, fd.slot, fd.default);
            match self.heap.attr(a, name) {
                Some(attr) => {
                    let v = attr.value;
                    self.heap.set_slot(env, slot, v);
                    used += 1;
                }
                None => match default {
                    Some(l) => {
                        let v = self.lazy_value(l, env);
                        self.heap.set_slot(env, slot, v);
                    }
                    None => {
                        let fname = self.lambda_name(lambda);
                        let n = self.symbols.str(name).into_owned();
                        return Err(Error::eval(format!("function '{fname}' called without required argument '{n}'")));
                    }
                },
            }
        }
        if !ellipsis && used < a.len() {
            let formals: Vec<Sym> = self.prog.formals[f as usize].formals.iter().map(|x| x.name).collect();
            let unexpected = self.heap.attrs_vec(a).into_iter().find(|x| !formals.contains(&x.name)).map(|x| x.name);
            if let Some(u) = unexpected {
                let fname = self.lambda_name(lambda);
                let n = self.symbols.str(u).into_owned();
                let mut e = Error::eval(format!("function '{fname}' called with unexpected argument '{n}'"));
                let names: Vec<String> = formals.iter().map(|s| self.symbols.str(*s).into_owned()).collect();
                e.0.suggestions = suggest(&n, names.iter().map(|s| s.as_str()));
                return Err(e);
            }
        }
        Ok(())
    }

    /// The name a lambda is shown with (`anonymous lambda` if it has none).
    pub fn lambda_name(&self, l: LambdaId) -> String {
        match self.prog.lambdas.get(l.0 as usize).and_then(|i| i.name) {
            Some(n) => self.symbols.str(n).into_owned(),
            None => "anonymous lambda".to_string(),
        }
    }

    /// Materialises a lazily stored value in `env`.
    pub fn lazy_value(&mut self, l: Lazy, env: EnvId) -> Value {
        match l {
            Lazy::Const(v) => v,
            Lazy::Code(c) => Value::Thunk(self.heap.alloc_thunk(Thunk::Pending { code: c, env })),
            Lazy::Closure(lam) => Value::Lambda(lam, env),
        }
    }
}

fn as_float(v: Value) -> f64 {
    match v {
        Value::Int(i) => i as f64,
        Value::Float(f) => f,
        _ => 0.0,
    }
}

/// Typed access to arguments, with Nix's error messages.
///
/// `ctx` is the trace line Nix adds (e.g. `while evaluating the first argument
/// passed to builtins.length`); values must already be in weak head normal form.
impl Vm {
    fn want_err(&self, what: &str, v: Value, ctx: impl std::fmt::Display) -> Error {
        let e = self.expected(what, v);
        let ctx = ctx.to_string();
        if ctx.is_empty() { e } else { e.trace(None, ctx) }
    }

    /// A list.
    pub fn want_list(&self, v: Value, ctx: impl std::fmt::Display) -> EvalResult<ListRef> {
        match self.heap.resolve(v) {
            Value::List(l) => Ok(l),
            other => Err(self.want_err("a list", other, ctx)),
        }
    }

    /// An attribute set.
    pub fn want_attrs(&self, v: Value, ctx: impl std::fmt::Display) -> EvalResult<AttrsId> {
        match self.heap.resolve(v) {
            Value::Attrs(a) => Ok(a),
            other => Err(self.want_err("a set", other, ctx)),
        }
    }

    /// An integer.
    pub fn want_int(&self, v: Value, ctx: impl std::fmt::Display) -> EvalResult<i64> {
        match self.heap.resolve(v) {
            Value::Int(i) => Ok(i),
            other => Err(self.want_err("an integer", other, ctx)),
        }
    }

    /// A float (integers are converted).
    pub fn want_float(&self, v: Value, ctx: impl std::fmt::Display) -> EvalResult<f64> {
        match self.heap.resolve(v) {
            Value::Float(f) => Ok(f),
            Value::Int(i) => Ok(i as f64),
            other => Err(self.want_err("a float", other, ctx)),
        }
    }

    /// A Boolean.
    pub fn want_bool(&self, v: Value, ctx: impl std::fmt::Display) -> EvalResult<bool> {
        match self.heap.resolve(v) {
            Value::Bool(b) => Ok(b),
            other => Err(self.want_err("a Boolean", other, ctx)),
        }
    }

    /// A string (not coerced).
    pub fn want_string(&self, v: Value, ctx: impl std::fmt::Display) -> EvalResult<StrId> {
        match self.heap.resolve(v) {
            Value::String(s) => Ok(s),
            other => Err(self.want_err("a string", other, ctx)),
        }
    }

    /// A string without context (Nix's `forceStringNoCtx`).
    pub fn want_string_no_ctx(&self, v: Value, ctx: impl std::fmt::Display) -> EvalResult<Vec<u8>> {
        self.want_str_no_ctx(v, ctx).map(|b| b.to_vec())
    }

    /// A string without context, as a name (interned; see [`Vm::intern_str`]).
    pub fn want_name(&mut self, v: Value, ctx: impl std::fmt::Display) -> EvalResult<Sym> {
        let s = self.want_context_free(v, ctx)?;
        Ok(self.intern_str(s))
    }

    /// Like [`Vm::want_string_no_ctx`], borrowing the bytes.
    pub fn want_str_no_ctx(&self, v: Value, ctx: impl std::fmt::Display) -> EvalResult<&[u8]> {
        let s = self.want_context_free(v, ctx)?;
        Ok(self.heap.str_bytes(s))
    }

    /// Like [`Vm::want_string_no_ctx`], returning the string's handle.
    pub fn want_context_free(&self, v: Value, ctx: impl std::fmt::Display) -> EvalResult<StrId> {
        let s = match self.heap.resolve(v) {
            Value::String(s) => s,
            other => return Err(self.want_err("a string", other, ctx)),
        };
        let st = self.heap.string(s);
        if let Some(c) = st.context().first() {
            let text = String::from_utf8_lossy(st.bytes).into_owned();
            let shown = c.trim_start_matches('=');
            let shown = shown.rsplit('!').next().unwrap_or(shown);
            let e =
                Error::eval(format!("the string '{text}' is not allowed to refer to a store path (such as '{shown}')"));
            let ctx = ctx.to_string();
            return Err(if ctx.is_empty() { e } else { e.trace(None, ctx) });
        }
        Ok(s)
    }

    /// A function (lambda, builtin, partial application, or functor set).
    pub fn want_function(&self, v: Value, ctx: impl std::fmt::Display) -> EvalResult<()> {
        match self.heap.resolve(v) {
            Value::Lambda(..) | Value::Builtin(_) | Value::PrimOpApp(_) => Ok(()),
            Value::Attrs(a) if self.heap.attr(a, self.known.functor).is_some() => Ok(()),
            other => Err(self.want_err("a function", other, ctx)),
        }
    }

    /// A new context-free string value.
    pub fn mk_str(&mut self, b: &[u8]) -> Value {
        Value::String(self.heap.alloc_str(b))
    }

    /// A new string value with context.
    pub fn mk_string(&mut self, s: NixString) -> Value {
        Value::String(self.heap.alloc_string(s))
    }

    /// A new list value.
    pub fn mk_list(&mut self, items: &[Value]) -> Value {
        Value::List(self.heap.alloc_list(items))
    }

    /// A new attribute set from `(name, value)` pairs (last duplicate wins).
    pub fn mk_attrs(&mut self, pairs: Vec<(Sym, Value)>) -> Value {
        let entries = pairs.into_iter().map(|(name, value)| Attr { name, pos: PosId::NONE, value }).collect();
        Value::Attrs(self.heap.alloc_attrs_unsorted(entries))
    }
}

/// Waits for the value of the `outPath` attribute (defined at `attr_pos`) of a set
/// that is a part of an interpolation or a `+` (the part is on the stack at `slot`).
struct OutPathForce {
    slot: usize,
    attr_pos: PosId,
    /// The sets the concatenation has peeled, this one included.
    peeled: usize,
}

impl Cont for OutPathForce {
    fn resume(self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step> {
        vm.set_stack_at(self.slot, v);
        vm.peel_depth = self.peeled;
        Ok(Step::Done(Value::Null))
    }

    fn on_error(self: Box<Self>, vm: &mut Vm, e: Error) -> EvalResult<Step> {
        Err(e.trace(vm.prog.span(self.attr_pos), "while evaluating the `outPath` attribute"))
    }
}

/// Waits for the result of a `__toString` call made for a part of an interpolation
/// or a `+` (the part is on the stack at `slot`).
struct ToStringCall {
    slot: usize,
    span: Option<nixlet_parser::Span>,
    attr_pos: PosId,
    /// The sets the concatenation has peeled, this one included.
    peeled: usize,
}

impl Cont for ToStringCall {
    fn resume(self: Box<Self>, vm: &mut Vm, r: Value) -> EvalResult<Step> {
        // a string, path or set (peeled again) may stand in for the part
        if let Value::String(_) | Value::Path(_) | Value::Attrs(_) = vm.heap.resolve(r) {
            vm.set_stack_at(self.slot, r);
            vm.peel_depth = self.peeled;
            return Ok(Step::Done(Value::Null));
        }
        let e = crate::coerce::cannot_coerce(vm, vm.heap.resolve(r))
            .unlocated()
            .trace(self.span, "while evaluating a path segment")
            .trace(vm.prog.span(self.attr_pos), "while using the result of the `__toString` attribute");
        Err(e)
    }

    fn on_error(self: Box<Self>, vm: &mut Vm, e: Error) -> EvalResult<Step> {
        // Nix calls `__toString` from the attribute's position: an error of the call
        // itself (not a function) is located there
        let attr = vm.prog.span(self.attr_pos);
        let e = if e.0.trace.is_empty() { e.at(attr) } else { e };
        Err(e.trace(attr, "while calling the `__toString` attribute"))
    }
}

/// Where the parts of a string concatenation are, for error traces: looked up only
/// when an error needs them.
#[derive(Clone, Copy)]
pub(crate) enum PartSpans<'a> {
    /// The parts of interpolation `interps[i]`.
    Interp(u32),
    /// Given positions (the operands of `+`).
    Given(&'a [Option<nixlet_parser::Span>]),
}

/// [`prim_bin`] of two integers: the arithmetic and comparison operators, `None`
/// for the others and where the general operator is needed (overflow, division by
/// zero). Inlined where integers are the common case (speculation).
#[inline(always)]
fn int_bin(op: crate::ir::BinOp, x: i64, y: i64) -> Option<Value> {
    use crate::ir::BinOp as P;
    Some(match op {
        P::Add => Value::Int(x.checked_add(y)?),
        P::Sub => Value::Int(x.checked_sub(y)?),
        P::Mul => Value::Int(x.checked_mul(y)?),
        // `checked_div` is None for a zero divisor and for MIN / -1
        P::Div => Value::Int(x.checked_div(y)?),
        P::Lt => Value::Bool(x < y),
        P::Le => Value::Bool(x <= y),
        P::Gt => Value::Bool(x > y),
        P::Ge => Value::Bool(x >= y),
        P::Eq => Value::Bool(x == y),
        P::Neq => Value::Bool(x != y),
        _ => return None,
    })
}

/// [`prim_bin`] with integers computed inline (`n - 1`, `i + 1`, `n < 2`): the
/// general function is a call.
#[inline(always)]
fn spec_bin(heap: &Heap, op: crate::ir::BinOp, a: Value, b: Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_bin(op, x, y),
        _ => prim_bin(heap, op, a, b),
    }
}

/// `a OP b` for already evaluated scalars when it cannot fail; `None` when the
/// general operator is needed (other types, a thunk, an error such as overflow,
/// division by zero or a type mismatch). Used by speculation and by the
/// interpreter's fast paths, so both agree with the general operators.
#[inline]
pub fn prim_bin(heap: &Heap, op: crate::ir::BinOp, a: Value, b: Value) -> Option<Value> {
    use crate::ir::BinOp as P;
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        return int_bin(op, x, y);
    }
    match op {
        P::Add | P::Sub | P::Mul | P::Div => match (a, b) {
            (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
                let (x, y) = (as_float(a), as_float(b));
                Some(Value::Float(match op {
                    P::Add => x + y,
                    P::Sub => x - y,
                    P::Mul => x * y,
                    _ if y == 0.0 => return None,
                    _ => x / y,
                }))
            }
            _ => None,
        },
        P::Lt | P::Le | P::Gt | P::Ge => {
            // a <= b is !(b < a); a > b is b < a; a >= b is !(a < b)
            let (x, y, negate) = match op {
                P::Lt => (a, b, false),
                P::Gt => (b, a, false),
                P::Le => (b, a, true),
                _ => (a, b, true),
            };
            let lt = match (x, y) {
                (Value::Int(x), Value::Float(y)) => (x as f64) < y,
                (Value::Float(x), Value::Int(y)) => x < (y as f64),
                (Value::Float(x), Value::Float(y)) => x < y,
                (Value::String(x), Value::String(y)) | (Value::Path(x), Value::Path(y)) => {
                    heap.str_bytes(x) < heap.str_bytes(y)
                }
                _ => return None,
            };
            Some(Value::Bool(lt != negate))
        }
        P::Eq | P::Neq => {
            let eq = match (a, b) {
                (Value::Int(x), Value::Float(y)) => (x as f64) == y,
                (Value::Float(x), Value::Int(y)) => x == (y as f64),
                (Value::Float(x), Value::Float(y)) => x == y,
                (Value::Bool(x), Value::Bool(y)) => x == y,
                (Value::Null, Value::Null) => true,
                (Value::String(x), Value::String(y)) | (Value::Path(x), Value::Path(y)) => heap.str_eq(x, y),
                _ if a.is_scalar() && b.is_scalar() => false,
                _ => return None,
            };
            Some(Value::Bool(eq != (op == P::Neq)))
        }
        P::And | P::Or => match (a, b) {
            (Value::Bool(x), Value::Bool(y)) => Some(Value::Bool(if op == P::And { x && y } else { x || y })),
            _ => None,
        },
        P::Impl | P::Concat | P::Update => None,
    }
}

impl Vm {
    /// Runs speculation `i` in `env` (see [`crate::code::SpecNode`]): the value of the
    /// expression if it needs no forcing and cannot fail, else `None`.
    pub(crate) fn speculate(&self, i: u32, env: EnvId) -> Option<Value> {
        use crate::code::{MAX_SPEC_STACK, SpecCall, SpecNode, SpecShape};
        let info = self.prog.specs.get(i as usize)?;
        let value = |v: Value| match self.heap.resolve(v) {
            Value::Thunk(_) => None,
            v => Some(v),
        };
        // what a selection ending the expression gives (see `SpecNode`): a value,
        // or a thunk not started yet (one being evaluated stays behind a thunk of
        // the selection, whose position an infinite recursion then reports)
        let last = |v: Value| match self.heap.resolve(v) {
            Value::Thunk(t) if !matches!(self.heap.thunk(t), Thunk::Pending { .. }) => None,
            v => Some(v),
        };
        // the most frequent shapes (`n - 1`, `a + b`, `x.y`) without the general loop
        match info.shape {
            SpecShape::LocalSelect(s, name) => {
                let Value::Attrs(a) = value(self.heap.slot(env, s))? else { return None };
                return last(self.heap.attr(a, name)?.value);
            }
            SpecShape::LocalConstBin(s, op, c) => {
                return spec_bin(&self.heap, op, value(self.heap.slot(env, s))?, c);
            }
            SpecShape::LocalLocalBin(a, b, op) => {
                return spec_bin(&self.heap, op, value(self.heap.slot(env, a))?, value(self.heap.slot(env, b))?);
            }
            SpecShape::Nodes => {}
        }
        let nodes = self.prog.spec_nodes.get(info.start as usize..(info.start + info.len) as usize)?;
        // the compiler bounds the depth (`spec_stack_depth`); `get_mut` checks it
        let mut st = [Value::Null; MAX_SPEC_STACK];
        let mut sp = 0usize;
        let mut pc = 0usize;
        while let Some(node) = nodes.get(pc) {
            pc += 1;
            let v = match *node {
                SpecNode::Call(call) => {
                    sp = sp.checked_sub(usize::from(call.arity()))?;
                    match (call, *st.get(sp)?, st.get(sp + 1).copied()) {
                        (SpecCall::Length, Value::List(l), _) => Value::Int(i64::from(l.len)),
                        (SpecCall::Head, Value::List(l), _) => value(*self.heap.list(l).first()?)?,
                        (SpecCall::ElemAt, Value::List(l), Some(Value::Int(i))) => {
                            value(*self.heap.list(l).get(usize::try_from(i).ok()?)?)?
                        }
                        (SpecCall::StringLength, Value::String(s), _) => {
                            Value::Int(i64::try_from(self.heap.str_bytes(s).len()).ok()?)
                        }
                        _ => return None,
                    }
                }
                SpecNode::JumpIfFalse(k) => {
                    sp = sp.checked_sub(1)?;
                    match st[sp] {
                        Value::Bool(true) => {}
                        Value::Bool(false) => pc += k as usize,
                        _ => return None,
                    }
                    continue;
                }
                SpecNode::Jump(k) => {
                    pc += k as usize;
                    continue;
                }
                SpecNode::Local(s) => value(self.heap.slot(env, s))?,
                SpecNode::Upvalue(d, s) => value(self.heap.slot(self.heap.env_up(env, d as u32), s))?,
                SpecNode::Const(v) => v,
                SpecNode::Bin(op) => {
                    sp = sp.checked_sub(2)?;
                    spec_bin(&self.heap, op, st[sp], st[sp + 1])?
                }
                SpecNode::Not => {
                    sp = sp.checked_sub(1)?;
                    match st[sp] {
                        Value::Bool(b) => Value::Bool(!b),
                        _ => return None,
                    }
                }
                SpecNode::Neg => {
                    sp = sp.checked_sub(1)?;
                    match st[sp] {
                        Value::Int(x) => Value::Int(0i64.checked_sub(x)?),
                        Value::Float(x) => Value::Float(0.0 - x),
                        _ => return None,
                    }
                }
                SpecNode::Select(_) | SpecNode::SelectDyn => {
                    let name = match *node {
                        SpecNode::Select(name) => name,
                        _ => {
                            sp = sp.checked_sub(1)?;
                            let Value::String(s) = st[sp] else { return None };
                            self.known_name(s)?
                        }
                    };
                    sp = sp.checked_sub(1)?;
                    let Value::Attrs(a) = st[sp] else { return None };
                    let v = self.heap.attr(a, name)?.value;
                    if pc < nodes.len() { value(v)? } else { last(v)? }
                }
            };
            *st.get_mut(sp)? = v;
            sp += 1;
        }
        if sp == 1 { Some(st[0]) } else { None }
    }
}
