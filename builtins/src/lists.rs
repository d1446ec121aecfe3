//! List builtins.
//!
//! Builtins that call a Nix function per element (`filter`, `foldl'`, `sort`, ...)
//! are continuations that ask the VM to make each call: no native recursion, and a
//! fold over a million elements uses constant Rust stack.

use crate::util::*;
use crate::{Decl, decl};
use nixlet_eval::builtin::{Again, Args, Cont, Step};
use nixlet_eval::value::{ListRef, Value};
use nixlet_eval::{Error, EvalResult, Vm};

pub(crate) const DECLS: &[Decl] = &[
    decl!("__length", 1, 0b1, length, "The number of elements of *list*."),
    decl!("__head", 1, 0b1, head, "The first element of *list*; an error if it is empty."),
    decl!("__tail", 1, 0b1, tail, "*list* without its first element; an error if it is empty."),
    decl!("__elemAt", 2, 0b11, elem_at, "Element *n* (0-based) of *xs*."),
    decl!("map", 2, 0b10, map, "Apply *f* to every element of *list*, lazily."),
    decl!("__filter", 2, 0b10, filter, "The elements of *list* for which *f* returns `true`."),
    decl!("__elem", 2, 0b10, elem, "Whether *x* is equal to an element of *xs*."),
    decl!("__concatLists", 1, 0b1, concat_lists, "Concatenate a list of lists."),
    decl!(
        "__foldl'",
        3,
        0b100,
        foldl,
        "Reduce *list* from the left with the strict binary function *op*, starting from *nul*."
    ),
    decl!("__any", 2, 0b10, any, "Whether *pred* is true for at least one element of *list*."),
    decl!("__all", 2, 0b10, all, "Whether *pred* is true for all elements of *list*."),
    decl!("__genList", 2, 0b10, gen_list, "`[ (generator 0) … (generator (length - 1)) ]`, elements computed lazily."),
    decl!("__sort", 2, 0b10, sort, "Stable sort of *list* by the comparator *comparator* (a strict less-than)."),
    decl!("__partition", 2, 0b10, partition, "Split *list* into `{ right; wrong; }` by *pred*."),
    decl!(
        "__groupBy",
        2,
        0b10,
        group_by,
        "Group the elements of *list* into a set by the string *f* returns for each."
    ),
    decl!("__concatMap", 2, 0b10, concat_map, "`concatLists (map f list)`."),
    decl!(
        "__genericClosure",
        1,
        0b1,
        generic_closure,
        "The closure of `startSet` under `operator`, deduplicated by `key`."
    ),
];

fn length(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let l = vm.want_list(args[0], nth_arg(0, "length"))?;
    Ok(Step::Done(Value::Int(l.len as i64)))
}

fn head(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let l = vm.want_list(args[0], "while evaluating the first argument passed to 'builtins.head'")?;
    if l.len == 0 {
        return Err(Error::eval("'builtins.head' called on an empty list"));
    }
    Ok(Step::Done(vm.heap.list_elem(l, 0)))
}

fn tail(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let l = vm.want_list(args[0], "while evaluating the first argument passed to 'builtins.tail'")?;
    if l.len == 0 {
        return Err(Error::eval("'builtins.tail' called on an empty list"));
    }
    Ok(Step::Done(Value::List(ListRef { start: l.start + 1, len: l.len - 1 })))
}

fn elem_at(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let l = vm.want_list(args[0], "while evaluating the first argument passed to 'builtins.elemAt'")?;
    let n = vm.want_int(args[1], "while evaluating the second argument passed to 'builtins.elemAt'")?;
    match u32::try_from(n).ok().filter(|&i| i < l.len) {
        Some(i) => Ok(Step::Done(vm.heap.list_elem(l, i))),
        None => Err(Error::eval(format!("'builtins.elemAt' called with index {n} on a list of size {}", l.len))),
    }
}

fn map(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let l = vm.want_list(args[1], nth_arg(1, "map"))?;
    if l.len == 0 {
        return Ok(Step::Done(args[1]));
    }
    force_then(vm, args[0], move |vm, f| {
        vm.want_function(f, nth_arg(0, "map"))?;
        vm.check_alloc(l.len as usize * std::mem::size_of::<Value>())?;
        let out = vm.heap.alloc_list_uninit(l.len);
        let apply = vm.lazy_applier(f, 1, true);
        for i in 0..l.len {
            let x = vm.heap.list_elem(l, i);
            let y = vm.lazy_apply_with(&apply, &[x]);
            vm.heap.init_list_elem(out, i, y);
        }
        Ok(Step::Done(Value::List(out)))
    })
}

/// What a per-element loop does with each call's result.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Filter,
    Any,
    All,
    Partition,
    ConcatMap,
}

/// Calls `f` on each element of a list and combines the results.
struct EachCall {
    mode: Mode,
    f: Value,
    list: ListRef,
    i: u32,
    kept: Vec<Value>,
    other: Vec<Value>,
    lists: Vec<ListRef>,
}

impl EachCall {
    fn start(vm: &mut Vm, mode: Mode, f: Value, list: ListRef) -> EvalResult<Step> {
        let mut this =
            Box::new(EachCall { mode, f, list, i: 0, kept: Vec::new(), other: Vec::new(), lists: Vec::new() });
        if this.list.len == 0 {
            return Ok(Step::Done(this.finish(vm)));
        }
        let x = vm.heap.list_elem(list, 0);
        Ok(Step::Each(f, Args::one(x), this))
    }

    /// The result once every element is done.
    #[inline(never)]
    fn finish(&mut self, vm: &mut Vm) -> Value {
        match self.mode {
            Mode::Filter => vm.mk_list(&self.kept),
            Mode::Any => Value::Bool(false),
            Mode::All => Value::Bool(true),
            Mode::Partition => {
                let r = vm.mk_list(&self.kept);
                let w = vm.mk_list(&self.other);
                let (kr, kw) = (vm.known.right, vm.known.wrong);
                vm.mk_attrs(vec![(kr, r), (kw, w)])
            }
            Mode::ConcatMap => Value::List(vm.heap.concat_many(&self.lists)),
        }
    }
}

impl Cont for EachCall {
    fn again(&mut self, vm: &mut Vm, r: Value) -> EvalResult<Again> {
        let x = vm.heap.list_elem(self.list, self.i);
        self.i += 1;
        match self.mode {
            Mode::Filter | Mode::Any | Mode::All | Mode::Partition => {
                let what = match self.mode {
                    Mode::Filter => {
                        "while evaluating the return value of the filtering function passed to builtins.filter"
                    }
                    Mode::Any => "while evaluating the return value of the function passed to builtins.any",
                    Mode::All => "while evaluating the return value of the function passed to builtins.all",
                    _ => "while evaluating the return value of the partition function passed to builtins.partition",
                };
                let b = vm.want_bool(r, what)?;
                match self.mode {
                    Mode::Any if b => return Ok(Again::Done(Value::Bool(true))),
                    Mode::All if !b => return Ok(Again::Done(Value::Bool(false))),
                    Mode::Filter | Mode::Partition => {
                        let out = if b {
                            Some(&mut self.kept)
                        } else if self.mode == Mode::Partition {
                            Some(&mut self.other)
                        } else {
                            // filter drops it
                            None
                        };
                        if let Some(out) = out {
                            if out.capacity() == 0 {
                                // one allocation for the rest of the list (pages not
                                // written to are never touched)
                                // (`i` counts this element: it is at most `len`)
                                out.reserve(self.list.len.saturating_sub(self.i) as usize + 1);
                            }
                            out.push(x)
                        }
                    }
                    _ => {}
                }
            }
            Mode::ConcatMap => {
                // the frame is at the function when it is a lambda (C++ Nix: the
                // position of the result, which a list made here has none of, else
                // of the function)
                let l = vm.want_list(r, "").map_err(|e| {
                    let span = match vm.heap.resolve(self.f) {
                        Value::Lambda(lam, _) => vm.prog.lambdas.get(lam.0 as usize).and_then(|l| vm.prog.span(l.pos)),
                        _ => None,
                    };
                    e.trace(span, "while evaluating the return value of the function passed to builtins.concatMap")
                })?;
                if self.lists.capacity() == 0 {
                    self.lists.reserve(self.list.len.saturating_sub(self.i) as usize + 1);
                }
                self.lists.push(l);
            }
        }
        if self.i < self.list.len {
            let next = vm.heap.list_elem(self.list, self.i);
            return Ok(Again::Call(self.f, Args::one(next)));
        }
        Ok(Again::Done(self.finish(vm)))
    }

    fn resume(mut self: Box<Self>, vm: &mut Vm, r: Value) -> EvalResult<Step> {
        // (`again` takes every result: `start` and `again` ask with `Step::Each`;
        // this only keeps the trait's contract)
        Ok(match self.again(vm, r)? {
            Again::Call(f, args) => Step::Each(f, args, self),
            Again::Seq(step) => Step::Seq(step, self),
            Again::Done(v) | Again::Resume(v) => Step::Done(v),
        })
    }
}

fn per_element(vm: &mut Vm, args: &[Value], mode: Mode, name: &'static str) -> EvalResult<Step> {
    let list = args[1];
    if mode == Mode::Filter {
        // filter checks its list first, and the function only if there is an element
        let l = vm.want_list(list, nth_arg(1, name))?;
        if l.len == 0 {
            return EachCall::start(vm, mode, args[0], l);
        }
        return force_then(vm, args[0], move |vm, f| {
            vm.want_function(f, nth_arg(0, name))?;
            EachCall::start(vm, mode, f, l)
        });
    }
    force_then(vm, args[0], move |vm, f| {
        vm.want_function(f, nth_arg(0, name))?;
        let l = vm.want_list(list, nth_arg(1, name))?;
        EachCall::start(vm, mode, f, l)
    })
}

fn filter(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    per_element(vm, args, Mode::Filter, "filter")
}
fn any(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    per_element(vm, args, Mode::Any, "any")
}
fn all(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    per_element(vm, args, Mode::All, "all")
}
fn partition(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    per_element(vm, args, Mode::Partition, "partition")
}
fn concat_map(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    per_element(vm, args, Mode::ConcatMap, "concatMap")
}

/// `elem x xs`: deep equality against each element.
struct Elem {
    x: Value,
    list: ListRef,
    i: u32,
}

impl Elem {
    fn next(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        while self.i < self.list.len {
            let y = vm.heap.list_elem(self.list, self.i);
            self.i += 1;
            let step = nixlet_eval::eq::start(vm, self.x, y, false)?;
            match step {
                Step::Done(Value::Bool(true)) => return Ok(Step::Done(Value::Bool(true))),
                Step::Done(_) => continue,
                other => return Ok(Step::Seq(Box::new(other), self)),
            }
        }
        Ok(Step::Done(Value::Bool(false)))
    }
}

impl Cont for Elem {
    fn resume(self: Box<Self>, vm: &mut Vm, r: Value) -> EvalResult<Step> {
        if let Value::Bool(true) = r {
            return Ok(Step::Done(Value::Bool(true)));
        }
        self.next(vm)
    }
}

fn elem(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let l = vm.want_list(args[1], nth_arg(1, "elem"))?;
    Box::new(Elem { x: args[0], list: l, i: 0 }).next(vm)
}

fn concat_lists(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let l = vm.want_list(args[0], nth_arg(0, "concatLists"))?;
    let items = vm.heap.list(l).to_vec();
    force_each(vm, items, |vm: &mut Vm, lists: Vec<Value>| {
        let mut refs = Vec::with_capacity(lists.len());
        let mut total = 0usize;
        for v in lists {
            let l = vm.want_list(v, "while evaluating a value of the list passed to builtins.concatLists")?;
            total += l.len as usize;
            refs.push(l);
        }
        vm.check_alloc(total.saturating_mul(std::mem::size_of::<Value>()))?;
        Ok(Step::Done(Value::List(vm.heap.concat_many(&refs))))
    })
}

/// `foldl' op nul list`.
struct Fold {
    op: Value,
    list: ListRef,
    i: u32,
}

impl Cont for Fold {
    fn again(&mut self, vm: &mut Vm, acc: Value) -> EvalResult<Again> {
        // every call but the last (a tail call, which `resume` makes) comes back here
        if self.i + 1 < self.list.len {
            let x = vm.heap.list_elem(self.list, self.i);
            self.i += 1;
            return Ok(Again::Call(self.op, Args::two(acc, x)));
        }
        Ok(Again::Resume(acc))
    }

    fn resume(mut self: Box<Self>, vm: &mut Vm, acc: Value) -> EvalResult<Step> {
        if self.i >= self.list.len {
            return Ok(Step::Done(acc));
        }
        let x = vm.heap.list_elem(self.list, self.i);
        self.i += 1;
        let op = self.op;
        if self.i == self.list.len {
            return Ok(Step::TailCall(op, Args::two(acc, x)));
        }
        Ok(Step::Each(op, Args::two(acc, x), self))
    }
}

fn foldl(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let (nul, list) = (args[1], args[2]);
    force_then(vm, args[0], move |vm, op| {
        vm.want_function(op, "while evaluating the first argument passed to builtins.foldlStrict")?;
        let l = vm.want_list(list, "while evaluating the third argument passed to builtins.foldlStrict")?;
        if l.len == 0 {
            // the VM forces a returned thunk: Nix forces the initial accumulator here
            return Ok(Step::Done(nul));
        }
        let x = vm.heap.list(l)[0];
        if l.len == 1 {
            return Ok(Step::TailCall(op, Args::two(nul, x)));
        }
        Ok(Step::Each(op, Args::two(nul, x), Box::new(Fold { op, list: l, i: 1 })))
    })
}

fn gen_list(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let n = vm.want_int(args[1], nth_arg(1, "genList"))?;
    if n < 0 {
        return Err(Error::eval(format!("cannot create list of size {n}")));
    }
    if n > u32::MAX as i64 / 2 {
        return Err(Error::eval(format!("cannot create list of size {n}")));
    }
    // an element costs a thunk, a two-slot environment and a list cell
    vm.check_alloc((n as usize).saturating_mul(80))?;
    force_then(vm, args[0], move |vm, f| {
        vm.want_function(f, nth_arg(0, "genList"))?;
        let mut out = Vec::with_capacity(n as usize);
        let apply = vm.lazy_applier(f, 1, true);
        for i in 0..n {
            out.push(vm.lazy_apply_with(&apply, &[Value::Int(i)]));
        }
        Ok(Step::Done(vm.mk_list(&out)))
    })
}

/// Bottom-up stable merge sort whose comparisons are Nix calls.
struct Sort {
    f: Value,
    lt_builtin: bool,
    src: Vec<Value>,
    dst: Vec<Value>,
    width: usize,
    lo: usize,
    i: usize,
    j: usize,
    mid: usize,
    hi: usize,
}

impl Sort {
    /// Runs until a comparison needs a call, or the sort is done.
    fn run(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        let n = self.src.len();
        loop {
            if self.width >= n {
                let out = std::mem::take(&mut self.src);
                return Ok(Step::Done(vm.mk_list(&out)));
            }
            if self.lo >= n {
                // next pass
                std::mem::swap(&mut self.src, &mut self.dst);
                self.dst.clear();
                self.width *= 2;
                self.lo = 0;
                self.set_run(n);
                continue;
            }
            if self.i < self.mid && self.j < self.hi {
                // is src[j] < src[i]? then take the right one (stability: ties take left)
                let (a, b) = (self.src[self.j], self.src[self.i]);
                if self.lt_builtin {
                    let r = match nixlet_eval::eq::less_than(vm, a, b)? {
                        Ok(r) => r,
                        Err(step) => return Ok(Step::Seq(Box::new(step), self)),
                    };
                    self.take(r);
                    continue;
                }
                let f = self.f;
                return Ok(Step::Call(f, Args::two(a, b), self));
            }
            // copy the rest of the run
            while self.i < self.mid {
                self.dst.push(self.src[self.i]);
                self.i += 1;
            }
            while self.j < self.hi {
                self.dst.push(self.src[self.j]);
                self.j += 1;
            }
            self.lo = self.hi;
            self.set_run(n);
        }
    }

    fn set_run(&mut self, n: usize) {
        self.mid = (self.lo + self.width).min(n);
        self.hi = (self.lo + 2 * self.width).min(n);
        self.i = self.lo;
        self.j = self.mid;
    }

    fn take(&mut self, right_first: bool) {
        if right_first {
            self.dst.push(self.src[self.j]);
            self.j += 1;
        } else {
            self.dst.push(self.src[self.i]);
            self.i += 1;
        }
    }
}

impl Cont for Sort {
    fn resume(mut self: Box<Self>, vm: &mut Vm, r: Value) -> EvalResult<Step> {
        let b = vm.want_bool(r, "while evaluating the return value of the sorting function passed to builtins.sort")?;
        self.take(b);
        self.run(vm)
    }
}

fn sort(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let l = vm.want_list(args[1], nth_arg(1, "sort"))?;
    if l.len == 0 {
        return Ok(Step::Done(args[1]));
    }
    let items = vm.heap.list(l).to_vec();
    let f = args[0];
    force_then(vm, f, move |vm, f| {
        vm.want_function(f, nth_arg(0, "sort"))?;
        force_each(vm, items, move |vm: &mut Vm, items: Vec<Value>| {
            let lt_builtin =
                matches!(f, Value::Builtin(b) if vm.builtins.get(b as usize).map(|d| d.name) == Some("lessThan"));
            let n = items.len();
            let mut s = Box::new(Sort {
                f,
                lt_builtin,
                src: items,
                dst: Vec::with_capacity(n),
                width: 1,
                lo: 0,
                i: 0,
                j: 0,
                mid: 0,
                hi: 0,
            });
            s.set_run(n);
            s.run(vm)
        })
    })
}

/// `groupBy f list`.
struct GroupBy {
    f: Value,
    list: ListRef,
    i: u32,
    groups: Vec<(nixlet_eval::Sym, Vec<Value>)>,
    index: rustc_hash::FxHashMap<nixlet_eval::Sym, usize>,
}

impl GroupBy {
    fn next(self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        if self.i < self.list.len {
            let x = vm.heap.list_elem(self.list, self.i);
            let f = self.f;
            return Ok(Step::Call(f, Args::one(x), self));
        }
        let this = *self;
        let mut pairs = Vec::with_capacity(this.groups.len());
        for (k, items) in this.groups {
            let l = vm.mk_list(&items);
            pairs.push((k, l));
        }
        Ok(Step::Done(vm.mk_attrs(pairs)))
    }
}

impl Cont for GroupBy {
    fn resume(mut self: Box<Self>, vm: &mut Vm, r: Value) -> EvalResult<Step> {
        let x = vm.heap.list_elem(self.list, self.i);
        self.i += 1;
        let sym =
            vm.want_name(r, "while evaluating the return value of the grouping function passed to builtins.groupBy")?;
        match self.index.get(&sym) {
            Some(&g) => self.groups[g].1.push(x),
            None => {
                self.index.insert(sym, self.groups.len());
                self.groups.push((sym, vec![x]));
            }
        }
        self.next(vm)
    }
}

fn group_by(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let f = args[0];
    vm.want_function(f, nth_arg(0, "groupBy"))?;
    let l = vm.want_list(args[1], nth_arg(1, "groupBy"))?;
    Box::new(GroupBy { f, list: l, i: 0, groups: Vec::new(), index: Default::default() }).next(vm)
}

/// `genericClosure { startSet; operator; }`.
struct Closure {
    op: Value,
    work: std::collections::VecDeque<Value>,
    /// `(key, element)` of the elements kept so far whose keys have no total order
    /// of their own; compared one by one.
    keys: Vec<(Value, Value)>,
    /// Number, string, path and list keys, ordered as Nix orders them (`<`), with
    /// the `(key, element)` they came from.
    index: std::collections::BTreeMap<ScalarKey, (Value, Value)>,
    /// String keys, by interned name (equal strings, equal symbols): the common case,
    /// looked up without copying the key. Counted as kind 1 of `kinds`.
    strings: rustc_hash::FxHashMap<nixlet_eval::symbol::Sym, (Value, Value)>,
    /// Which kinds of keys `index` holds (numbers, strings, paths, lists).
    kinds: [bool; 4],
    res: Vec<Value>,
    /// The element whose operator call is in flight.
    current: Option<Value>,
    /// The list key of the element at the front of `work` has been deep-forced.
    key_forced: bool,
}

impl Closure {
    fn step(mut self: Box<Self>, vm: &mut Vm) -> EvalResult<Step> {
        while let Some(e) = self.work.pop_front() {
            let e = vm.heap.resolve(e);
            if let Value::Thunk(_) = e {
                self.work.push_front(e);
                return Ok(Step::Force(e, self));
            }
            let a = vm.want_attrs(e, "").map_err(|err| {
                err.trace(None, format!("in genericClosure element {}", nixlet_eval::print::show_short(vm, e)))
            })?;
            let key_sym = vm.known.key;
            let Some(key) = vm.heap.attr(a, key_sym).map(|x| x.value) else {
                let err = Error::eval("attribute 'key' missing")
                    .trace(None, format!("in genericClosure element {}", nixlet_eval::print::show_short(vm, e)));
                return Err(err);
            };
            let k = vm.heap.resolve(key);
            if let Value::Thunk(_) = k {
                self.work.push_front(e);
                return Ok(Step::Force(k, self));
            }
            // a list key is compared element-wise: have its elements evaluated first
            if let Value::List(_) = k
                && !self.key_forced
            {
                self.key_forced = true;
                self.work.push_front(e);
                let step = nixlet_eval::print::deep_force(vm, k)?;
                return Ok(Step::Seq(Box::new(step), self));
            }
            self.key_forced = false;
            let alone_of = |this: &Self, kind: usize| {
                this.keys.is_empty() && this.kinds.iter().enumerate().all(|(i, &has)| !has || i == kind)
            };
            if let Value::String(s) = k
                && alone_of(&self, 1)
            {
                let sym = vm.intern_str(s);
                if self.strings.contains_key(&sym) {
                    continue;
                }
                self.strings.insert(sym, (k, e));
                self.kinds[1] = true;
                self.res.push(e);
                self.current = Some(e);
                let op = self.op;
                return Ok(Step::Call(op, Args::one(e), self));
            }
            // dedupe by key (keys compare with `<` and `==` semantics): an ordered
            // set while all keys are of one comparable kind, else one by one
            let sk = match ScalarKey::of(vm, k, 0) {
                Ok(sk) => Some(sk),
                Err(NotKey::Force(t)) => {
                    self.work.push_front(e);
                    return Ok(Step::Force(t, self));
                }
                Err(NotKey::Other) => None,
            };
            if let Some(sk) = sk {
                let kind = sk.kind();
                if alone_of(&self, kind) && self.strings.is_empty() {
                    if self.index.contains_key(&sk) {
                        continue;
                    }
                    self.index.insert(sk, (k, e));
                    self.kinds[kind] = true;
                    self.res.push(e);
                    self.current = Some(e);
                    let op = self.op;
                    return Ok(Step::Call(op, Args::one(e), self));
                }
            }
            // compare with every key (in key order), to fail as Nix fails
            let mut all: Vec<(Value, Value)> = self.index.values().copied().collect();
            all.extend(self.strings.values().copied());
            all.extend(self.keys.iter().copied());
            let mut dup = false;
            for i in 0..all.len() {
                let other = all[i].0;
                match key_cmp(vm, k, other) {
                    Ok(std::cmp::Ordering::Equal) => {
                        dup = true;
                        break;
                    }
                    Ok(_) => {}
                    Err(err) => {
                        // Nix names the first element (in key order) whose key is incomparable
                        let mut with = all[i].1;
                        let mut sorted: Vec<(Value, Value)> = Vec::new();
                        for &(ok, oe) in &all {
                            let pos = sorted
                                .iter()
                                .position(|&(sk, _)| matches!(key_cmp(vm, ok, sk), Ok(std::cmp::Ordering::Less)));
                            sorted.insert(pos.unwrap_or(sorted.len()), (ok, oe));
                        }
                        if let Some(&(_, oe)) = sorted.iter().find(|&&(ok, _)| key_cmp(vm, k, ok).is_err()) {
                            with = oe;
                        }
                        return Err(err
                            .trace(None, format!("with element {}", nixlet_eval::print::show_short(vm, with)))
                            .trace(
                                None,
                                format!("while comparing element {}", nixlet_eval::print::show_short(vm, e)),
                            ));
                    }
                }
            }
            if dup {
                continue;
            }
            self.keys.push((k, e));
            self.res.push(e);
            self.current = Some(e);
            let op = self.op;
            return Ok(Step::Call(op, Args::one(e), self));
        }
        let res = std::mem::take(&mut self.res);
        Ok(Step::Done(vm.mk_list(&res)))
    }
}

/// A genericClosure key with a total order matching Nix's `<` on it.
#[derive(Debug, Clone)]
enum ScalarKey {
    Int(i64),
    Float(f64),
    Str(Box<[u8]>),
    Path(Box<[u8]>),
    /// Compared lexicographically, as Nix compares lists.
    List(Box<[ScalarKey]>),
}

/// Why a value is not (yet) a [`ScalarKey`].
enum NotKey {
    /// An element must be forced first.
    Force(Value),
    /// A set, function, ...: compared one by one (and failing as in Nix).
    Other,
}

impl ScalarKey {
    fn of(vm: &Vm, v: Value, depth: usize) -> Result<ScalarKey, NotKey> {
        Ok(match vm.heap.resolve(v) {
            Value::Int(i) => ScalarKey::Int(i),
            Value::Float(f) => ScalarKey::Float(f),
            Value::String(s) => ScalarKey::Str(vm.heap.str_bytes(s).into()),
            Value::Path(p) => ScalarKey::Path(vm.heap.str_bytes(p).into()),
            Value::List(l) if depth < 64 => {
                let mut out = Vec::with_capacity(l.len as usize);
                for &x in vm.heap.list(l) {
                    let k = ScalarKey::of(vm, x, depth + 1)?;
                    // lists of mixed kinds are compared by Nix's rules, one by one
                    if out.first().is_some_and(|f: &ScalarKey| f.kind() != k.kind()) {
                        return Err(NotKey::Other);
                    }
                    out.push(k);
                }
                ScalarKey::List(out.into())
            }
            t @ Value::Thunk(_) => return Err(NotKey::Force(t)),
            _ => return Err(NotKey::Other),
        })
    }

    /// 0: numbers, 1: strings, 2: paths, 3: lists.
    fn kind(&self) -> usize {
        match self {
            ScalarKey::Int(_) | ScalarKey::Float(_) => 0,
            ScalarKey::Str(_) => 1,
            ScalarKey::Path(_) => 2,
            ScalarKey::List(_) => 3,
        }
    }
}

impl Ord for ScalarKey {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        use ScalarKey::*;
        use std::cmp::Ordering;
        match (self, other) {
            (Int(a), Int(b)) => a.cmp(b),
            // as Nix compares an integer with a float: in floating point; NaN is
            // neither smaller nor larger than anything, hence "equal"
            (Int(a), Float(b)) => (*a as f64).partial_cmp(b).unwrap_or(Ordering::Equal),
            (Float(a), Int(b)) => a.partial_cmp(&(*b as f64)).unwrap_or(Ordering::Equal),
            (Float(a), Float(b)) => a.partial_cmp(b).unwrap_or(Ordering::Equal),
            (Str(a), Str(b)) | (Path(a), Path(b)) => a.cmp(b),
            (List(a), List(b)) => a.cmp(b),
            _ => self.kind().cmp(&other.kind()),
        }
    }
}

impl PartialOrd for ScalarKey {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for ScalarKey {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}

impl Eq for ScalarKey {}

/// Orders genericClosure keys (scalars only; other types are incomparable).
fn key_cmp(vm: &mut Vm, a: Value, b: Value) -> EvalResult<std::cmp::Ordering> {
    use std::cmp::Ordering;
    // list keys were deep-forced, so their comparison needs no evaluation
    let lt = |vm: &mut Vm, x: Value, y: Value| -> EvalResult<bool> {
        match nixlet_eval::eq::less_than(vm, x, y)? {
            Ok(r) => Ok(r),
            Err(step) => match crate::util::run_evaluated(vm, step)? {
                Some(r) => Ok(matches!(vm.heap.resolve(r), Value::Bool(true))),
                None => Err(Error::eval("internal error: a genericClosure key was not evaluated")),
            },
        }
    };
    if lt(vm, a, b)? {
        Ok(Ordering::Less)
    } else if lt(vm, b, a)? {
        Ok(Ordering::Greater)
    } else {
        Ok(Ordering::Equal)
    }
}

impl Cont for Closure {
    fn resume(mut self: Box<Self>, vm: &mut Vm, r: Value) -> EvalResult<Step> {
        if let Some(e) = self.current.take() {
            let l = vm
                .want_list(r, "while evaluating the return value of the `operator` passed to builtins.genericClosure")
                .map_err(|err| {
                    err.trace(
                        None,
                        format!(
                            "while calling operator on genericClosure element {}",
                            nixlet_eval::print::show_short(vm, e)
                        ),
                    )
                })?;
            self.work.extend(vm.heap.list(l).iter().copied());
        }
        self.step(vm)
    }
}

fn generic_closure(vm: &mut Vm, args: &[Value]) -> EvalResult<Step> {
    let a = vm.want_attrs(args[0], nth_arg(0, "genericClosure"))?;
    let (ks, ko) = (vm.known.start_set, vm.known.operator);
    let Some(start) = vm.heap.attr(a, ks).map(|x| x.value) else {
        return Err(Error::eval("attribute 'startSet' missing")
            .trace(None, "in the attrset passed as argument to builtins.genericClosure"));
    };
    force_then(vm, start, move |vm, start| {
        let l = vm.want_list(
            start,
            "while evaluating the 'startSet' attribute passed as argument to builtins.genericClosure",
        )?;
        if l.len == 0 {
            return Ok(Step::Done(start));
        }
        let Some(op) = vm.heap.attr(a, ko).map(|x| x.value) else {
            return Err(Error::eval("attribute 'operator' missing")
                .trace(None, "in the attrset passed as argument to builtins.genericClosure"));
        };
        let work = vm.heap.list(l).iter().copied().collect();
        force_then(vm, op, move |vm, op| {
            vm.want_function(
                op,
                "while evaluating the 'operator' attribute passed as argument to builtins.genericClosure",
            )?;
            Box::new(Closure {
                op,
                work,
                keys: Vec::new(),
                index: std::collections::BTreeMap::new(),
                strings: Default::default(),
                kinds: [false; 4],
                res: Vec::new(),
                current: None,
                key_forced: false,
            })
            .step(vm)
        })
    })
}
