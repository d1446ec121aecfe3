//! The bytecode compiler: [`ir`](crate::ir) → [`code`](crate::code).
//!
//! Strict positions (operands, conditions, the function of an application, bodies)
//! compile inline. Lazy positions (bindings, attribute values, list elements,
//! arguments) push a constant, a variable's slot, a closure, or an eagerly built
//! list/set literal when that cannot fail; only other expressions become thunks.
//! Each thunk body and lambda body is its own code block, appended to the program
//! when finished.

use crate::builtin::Builtin;
use crate::code::*;
use crate::ir::*;
use crate::symbol::{KnownSyms, Sym, Symbols};
use crate::value::{Attr, CodeId, Heap, LambdaId, NixString, PosId, Type, Value};
use nixlet_parser::{FileId, Span, TextRange};
use rustc_hash::FxHashMap;

struct Block {
    ops: Vec<Op>,
    pos: Vec<PosId>,
    /// Trace ranges (`Program::trace_ranges`), in the block's own indices: start,
    /// end, position, what; innermost first where they share their extent.
    traces: Vec<(u32, u32, PosId, TraceWhat, bool)>,
    /// The highest index a jump was patched to (instructions before it may be
    /// fused with the next one only below it).
    jump_target: Option<usize>,
}

/// Instruction and position buffers kept between compilations (in the `Vm`), so
/// that compiling many files reuses their capacity instead of growing new ones.
#[derive(Default)]
pub struct BlockPool(Vec<Block>);

/// Blocks a pool keeps at most (more than a file's nesting of code blocks).
const POOL_BLOCKS: usize = 64;

/// Compiles lowered files into a [`Program`].
pub struct Compiler<'c> {
    /// The program being extended.
    pub prog: &'c mut Program,
    /// Heap for compile-time constants.
    pub heap: &'c mut Heap,
    /// The interner.
    pub symbols: &'c mut Symbols,
    /// Well-known names.
    pub known: &'c KnownSyms,
    /// Values of globals known at compile time (`true`, `false`, `null`).
    pub globals: &'c [Value],
    /// The file being compiled.
    pub file: FileId,
    /// Its display name (for `__curPos`).
    pub file_name: &'c str,
    blocks: Vec<Block>,
    /// Closed blocks' emptied vectors, reused by the next `open` (a file has
    /// thousands of small blocks, each growing two vectors from nothing).
    spare: Vec<Block>,
    last_pos: Option<(TextRange, PosId)>,
    /// Slots of the current environment whose `let`/`rec` binding is being
    /// initialised and has not been stored yet: reading them now would see no value.
    /// Indexed by slot; a slot past the end is initialised.
    uninit: Vec<bool>,
    /// Set by [`Compiler::spec`] when the expression reads an inlined call's
    /// parameter replaced by a constant (`Expr::param`).
    spec_param: bool,
    /// How deep [`Compiler::spec`] has gone into the expression it speculates.
    spec_depth: usize,
    /// Slots of the environment of the lambda being compiled (a chained lambda in
    /// its body shares them).
    enclosing_nslots: u32,
    /// Index of the builtin `seq`, which calls inline when it is named directly.
    pub seq_builtin: Option<u32>,
    /// The registered builtins, by index: a known one's arity and strictness, and
    /// the type predicates (`isAttrs` …), whose calls compile inline.
    pub builtins: &'c [Builtin],
    /// Environments entered between the file's and the code being compiled (a
    /// chained lambda shares the one it is the body of): `Var::Local { depth, .. }`
    /// lives in environment `env_level - depth`.
    env_level: u32,
    /// The `let` bindings in scope whose value is known while compiling
    /// ([`Compiler::known_value`]: `inherit (builtins) isAttrs;`), by (environment,
    /// slot). Such a slot is written once, with that value, so every read of it in
    /// the `let` (or in code nested in it) gives that value. A map: a `let` can
    /// have tens of thousands of bindings, each read looks one up.
    known_slots: FxHashMap<(u32, u32), Value>,
    /// What each entry of `known_slots` replaced, in order, so that leaving a
    /// `let` restores the map (`Compiler::forget_known`).
    known_undo: Vec<((u32, u32), Option<Value>)>,
    /// The code evaluating the eager binding [`Compiler::bindings`] just emitted
    /// (start, end), for its `let` to wrap in the body's operand frames.
    eager_code: Option<(u32, u32)>,
}

/// How a lazy value is being stored.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ctx {
    /// Argument, list element, attribute value: everything in scope is initialised.
    Normal,
    /// `let`/`rec` binding or formal default: slots of this environment may not be
    /// initialised yet, so reading them must be delayed.
    Binding,
}

impl<'c> Compiler<'c> {
    /// A compiler for one file.
    pub fn new(
        prog: &'c mut Program,
        heap: &'c mut Heap,
        symbols: &'c mut Symbols,
        known: &'c KnownSyms,
        globals: &'c [Value],
        file: FileId,
        file_name: &'c str,
    ) -> Self {
        Compiler {
            prog,
            heap,
            symbols,
            known,
            globals,
            file,
            file_name,
            blocks: Vec::new(),
            spare: Vec::new(),
            last_pos: None,
            uninit: Vec::new(),
            spec_param: false,
            spec_depth: 0,
            enclosing_nslots: 0,
            seq_builtin: None,
            builtins: &[],
            env_level: 0,
            known_slots: FxHashMap::default(),
            known_undo: Vec::new(),
            eager_code: None,
        }
    }

    /// Compiles a file body; returns its code block.
    pub fn compile_root(&mut self, root: &Root<'_>) -> CodeId {
        self.code_block(root.body, CodeKind::File)
    }

    /// Compiles a file body with the buffers of `pool`, which gets them back.
    pub fn compile_root_pooled(&mut self, root: &Root<'_>, pool: &mut BlockPool) -> CodeId {
        self.spare = std::mem::take(&mut pool.0);
        let code = self.compile_root(root);
        pool.0 = std::mem::take(&mut self.spare);
        pool.0.truncate(POOL_BLOCKS);
        code
    }

    fn pos(&mut self, range: TextRange) -> PosId {
        if let Some((r, p)) = self.last_pos
            && r == range
        {
            return p;
        }
        let p = self.prog.add_pos(Span::new(self.file, range));
        self.last_pos = Some((range, p));
        p
    }

    fn emit(&mut self, op: Op, range: TextRange) -> usize {
        let p = self.pos(range);
        let b = self.blocks.last_mut().expect("a block is open while compiling");
        // `Local`/`Upvalue` then `Force`: one instruction at the `Force`'s position
        // (reading a variable cannot fail, so only the `Force` has errors to place),
        // unless a jump lands on the `Force` (it must stay for the other path)
        if let Op::Force = op
            && b.jump_target != Some(b.ops.len())
            && let Some(last) = b.ops.last_mut()
        {
            let fused = match *last {
                Op::Local(s) => Some(Op::LocalForce(s)),
                Op::Upvalue(u) => Some(Op::UpvalueForce(u)),
                _ => None,
            };
            if let (Some(fused), Some(pos)) = (fused, b.pos.last_mut()) {
                *last = fused;
                *pos = p;
                return b.ops.len() - 1;
            }
        }
        // `Local` then `Select`/`SelectOr` likewise (`x.a`, `x.a or d`), for a slot
        // that fits the fused instruction
        if let Op::Select(name, _) | Op::SelectOr(name, _) = op
            && b.jump_target != Some(b.ops.len())
            && let Some(last) = b.ops.last_mut()
            && let Op::Local(s) = *last
            && let Some(sn) = SlotName::new(s, Sym(name))
            && let Some(pos) = b.pos.last_mut()
        {
            *last = match op {
                Op::Select(..) => Op::LocalSelect(sn, 0),
                _ => Op::LocalSelectOr(sn, 0),
            };
            *pos = p;
            return b.ops.len() - 1;
        }
        b.ops.push(op);
        b.pos.push(p);
        b.ops.len() - 1
    }

    fn here(&self) -> u32 {
        self.blocks.last().map(|b| b.ops.len() as u32).unwrap_or(0)
    }

    fn patch(&mut self, at: usize) {
        let target = self.here();
        if let Some(b) = self.blocks.last_mut() {
            b.jump_target = Some(target as usize);
            b.ops[at] = match b.ops[at] {
                Op::Jump(_) => Op::Jump(target),
                Op::JumpIfFalse(_) => Op::JumpIfFalse(target),
                Op::AndJump(_) => Op::AndJump(target),
                Op::OrJump(_) => Op::OrJump(target),
                Op::ImplJump(_) => Op::ImplJump(target),
                other => other,
            };
        }
    }

    /// Whether the operations from `start` to the end of the program (the block
    /// `close` appended last) or the thunks they make, transitively, make a closure
    /// or apply thunk over their environment, and whether they make a thunk.
    /// Thunk bodies are closed before the block that makes them, so their own
    /// answers are known (`CodeInfo`).
    fn env_use(&self, start: usize) -> (bool, bool) {
        let (mut captures, mut thunks) = (false, false);
        let inner =
            |c: CodeId| self.prog.codes.get(c.0 as usize).map_or((true, true), |i| (i.captures_env, i.makes_thunks));
        for op in self.prog.ops.get(start..).unwrap_or_default() {
            let (c, t) = match *op {
                Op::Closure(_) | Op::CallInEnv(_) => (true, false),
                Op::Thunk(c) | Op::ThunkOwn(c) => {
                    let (c, _) = inner(CodeId(c));
                    (c, true)
                }
                // a speculation may fall back to a thunk of its code
                Op::SpecThunk(i) => self.prog.specs.get(i as usize).map_or((true, true), |spec| inner(spec.code)),
                _ => (false, false),
            };
            captures |= c;
            thunks |= t;
        }
        (captures, thunks)
    }

    fn open(&mut self) {
        let b = self.spare.pop().unwrap_or(Block {
            ops: Vec::new(),
            pos: Vec::new(),
            traces: Vec::new(),
            jump_target: None,
        });
        self.blocks.push(b);
    }

    /// Appends the innermost block to the program; returns its entry point.
    fn close(&mut self) -> u32 {
        let mut b = self.blocks.pop().expect("close matches open");
        // a jump to a `Return` (the end of an `if` branch in tail position) returns
        // at once, with the position of the `Return` it replaces; a jump to a jump
        // goes straight to where that one goes. Jumps go forward, so walking back
        // from the end settles chains (`x.a or d` ending an `if` branch).
        for i in (0..b.ops.len()).rev() {
            match b.ops[i] {
                Op::Jump(t) if (t as usize) > i => match b.ops.get(t as usize) {
                    Some(Op::Return) => {
                        b.ops[i] = Op::Return;
                        b.pos[i] = b.pos[t as usize];
                    }
                    Some(&Op::Jump(u)) => b.ops[i] = Op::Jump(u),
                    _ => {}
                },
                Op::JumpIfFalse(t) if (t as usize) > i => {
                    if let Some(&Op::Jump(u)) = b.ops.get(t as usize) {
                        b.ops[i] = Op::JumpIfFalse(u);
                    }
                }
                _ => {}
            }
        }
        let base = self.prog.ops.len() as u32;
        for op in b.ops.drain(..) {
            self.prog.ops.push(match op {
                Op::Jump(t) => Op::Jump(t + base),
                Op::JumpIfFalse(t) => Op::JumpIfFalse(t + base),
                Op::AndJump(t) => Op::AndJump(t + base),
                Op::OrJump(t) => Op::OrJump(t + base),
                Op::ImplJump(t) => Op::ImplJump(t + base),
                other => other,
            });
        }
        self.prog.op_pos.append(&mut b.pos);
        self.close_traces(&mut b.traces, base);
        b.jump_target = None;
        self.spare.push(b);
        base
    }

    /// Appends a closed block's trace ranges to the program, relocated by `base`:
    /// sorted by start, an enclosing range first (of two with the same extent, the
    /// one recorded later encloses the other), each with its innermost parent.
    fn close_traces(&mut self, traces: &mut Vec<(u32, u32, PosId, TraceWhat, bool)>, base: u32) {
        if traces.is_empty() {
            return;
        }
        let mut order: Vec<usize> = (0..traces.len()).collect();
        order.sort_by_key(|&i| (traces[i].0, std::cmp::Reverse(traces[i].1), std::cmp::Reverse(i)));
        let first = self.prog.trace_ranges.len() as u32;
        // the ranges open at the one being placed, outermost first
        let mut open: Vec<(u32, u32)> = Vec::new();
        for (k, &i) in order.iter().enumerate() {
            let (start, end, pos, what, consumes) = traces[i];
            while open.last().is_some_and(|&(_, e)| e <= start) {
                open.pop();
            }
            let parent = open.last().map_or(u32::MAX, |&(idx, _)| idx);
            self.prog.trace_ranges.push(TraceRange {
                start: start + base,
                end: end + base,
                parent,
                pos,
                what,
                consumes,
            });
            open.push((first + k as u32, end));
        }
        traces.clear();
    }

    /// Records that the instructions from `start` to here compute an operand whose
    /// errors get the frame `what` at `at` (see [`TraceRange`]); with `consumes`,
    /// the last of them is the operator consuming it.
    fn trace_range(&mut self, start: u32, at: TextRange, what: TraceWhat, consumes: bool) {
        let end = self.here();
        self.trace_range_to(start, end, at, what, consumes);
    }

    /// [`Compiler::trace_range`] over `start..end`.
    fn trace_range_to(&mut self, start: u32, end: u32, at: TextRange, what: TraceWhat, consumes: bool) {
        if end <= start {
            return;
        }
        let pos = self.pos(at);
        if let Some(b) = self.blocks.last_mut() {
            b.traces.push((start, end, pos, what, consumes));
        }
    }

    fn constant(&mut self, v: Value) -> u32 {
        self.prog.consts.push(v);
        (self.prog.consts.len() - 1) as u32
    }

    fn string_const(&mut self, b: &[u8]) -> Value {
        Value::String(self.heap.alloc_str(b))
    }

    fn code_block(&mut self, e: &Expr<'_>, kind: CodeKind) -> CodeId {
        // a thunk body runs after the bindings around it are all stored
        let uninit = std::mem::take(&mut self.uninit);
        self.open();
        self.strict(e);
        self.emit(Op::Return, e.range);
        let entry = self.close();
        self.uninit = uninit;
        let pos = self.pos(e.range);
        // `close` appended this block last
        let (captures_env, makes_thunks) = self.env_use(entry as usize);
        self.prog.codes.push(CodeInfo { entry, kind, pos, captures_env, makes_thunks });
        CodeId((self.prog.codes.len() - 1) as u32)
    }

    // ---- lazy positions ----

    /// A value that needs no evaluation, if `e` is one.
    fn immediate(&mut self, e: &Expr<'_>, ctx: Ctx) -> Option<Op> {
        Some(match &e.kind {
            ExprKind::Int(i) => match i32::try_from(*i) {
                Ok(small) => Op::Int(small),
                Err(_) => Op::Const(self.constant(Value::Int(*i))),
            },
            ExprKind::Float(f) => Op::Const(self.constant(Value::Float(*f))),
            ExprKind::Str(b) => {
                let v = self.string_const(b);
                Op::Const(self.constant(v))
            }
            ExprKind::Path(b) => {
                let v = Value::Path(self.heap.alloc_str(b));
                Op::Const(self.constant(v))
            }
            ExprKind::Var(Var::Global(g)) => self.global_op(*g),
            ExprKind::Var(Var::Local { depth, slot }) => {
                if ctx == Ctx::Binding && *depth == 0 && self.is_uninit(*slot) {
                    return None;
                }
                self.local_op(*depth, *slot)
            }
            ExprKind::Lambda(l) => Op::Closure(self.lambda(l).0),
            ExprKind::CurPos(l, c) => {
                let v = self.cur_pos(*l, *c);
                Op::Const(self.constant(v))
            }
            _ => return None,
        })
    }

    /// A list whose elements are all literals (numbers, strings and paths without
    /// interpolation, `null`, `true`, `false`), made once while compiling: it is
    /// immutable and none of its elements needs evaluating, so every evaluation of
    /// the expression can give the same list. A generated file's long literal lists
    /// then cost no code per element, and `[ "out" "dev" ]` in a function body
    /// allocates nothing per call.
    fn constant_list(&mut self, items: &[&Expr<'_>]) -> Option<crate::value::ListRef> {
        if items.len() < 2 {
            return None;
        }
        let literal = |e: &Expr<'_>| match &e.kind {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Path(_) => true,
            ExprKind::Var(Var::Global(g)) => {
                matches!(self.globals.get(*g as usize), Some(Value::Null | Value::Bool(_)))
            }
            _ => false,
        };
        if !items.iter().all(|e| literal(e)) {
            return None;
        }
        let mut vals = Vec::with_capacity(items.len());
        for e in items {
            vals.push(match &e.kind {
                ExprKind::Int(i) => Value::Int(*i),
                ExprKind::Float(f) => Value::Float(*f),
                ExprKind::Str(b) => self.string_const(b),
                ExprKind::Path(b) => Value::Path(self.heap.alloc_str(b)),
                ExprKind::Var(Var::Global(g)) => self.globals.get(*g as usize).copied().unwrap_or(Value::Null),
                _ => return None,
            });
        }
        Some(self.heap.alloc_list(&vals))
    }

    fn global_op(&mut self, g: u32) -> Op {
        match self.globals.get(g as usize) {
            Some(Value::Null) => Op::Null,
            Some(Value::Bool(true)) => Op::True,
            Some(Value::Bool(false)) => Op::False,
            _ => Op::Global(g),
        }
    }

    /// The value of `base.k1.k2…` for the longest run of leading static keys
    /// when `base` is known while compiling (see [`Compiler::known_value`]; in
    /// practice `builtins`) and each step selects a value needing no evaluation,
    /// with the number of keys used (at least one). Such a selection always gives
    /// that value: globals cannot be rebound (only shadowed, and a shadowing name
    /// is not a global) and attribute sets are immutable. A missing attribute, or
    /// one that is an unevaluated thunk, is left to the selection at run time.
    fn global_attr(&self, base: &Expr<'_>, keys: &[Key<'_>]) -> Option<(Value, usize)> {
        let mut v = self.known_value(base)?;
        let mut used = 0;
        for key in keys {
            let (Value::Attrs(set), Key::Static(name)) = (v, key) else { break };
            let Some(a) = self.heap.attr(set, *name) else { break };
            v = match self.heap.resolve(a.value) {
                Value::Thunk(_) => break,
                x => x,
            };
            used += 1;
        }
        (used > 0).then_some((v, used))
    }

    /// The value of local `(depth, slot)` if it is a known `let` binding (see
    /// [`Compiler::known_slots`]).
    fn known_local(&self, depth: u32, slot: u32) -> Option<Value> {
        let level = self.env_level.checked_sub(depth)?;
        self.known_slots.get(&(level, slot)).copied()
    }

    /// Undoes the `known_slots` entries made since `mark` (a length of `known_undo`).
    fn forget_known(&mut self, mark: usize) {
        while self.known_undo.len() > mark {
            let Some((key, before)) = self.known_undo.pop() else { break };
            match before {
                Some(v) => self.known_slots.insert(key, v),
                None => self.known_slots.remove(&key),
            };
        }
    }

    /// The value `e` always has, if that is known while compiling and needs no
    /// evaluation: a global (`builtins`, `isAttrs`), a selection from one
    /// (`builtins.isAttrs`), or a known `let` binding (`inherit (builtins)
    /// isAttrs;` binds `isAttrs` from a hidden binding of `builtins`).
    fn known_value(&self, e: &Expr<'_>) -> Option<Value> {
        let v = match &e.kind {
            ExprKind::Select(base, keys, _) => match self.global_attr(base, keys)? {
                (v, used) if used == keys.len() => v,
                _ => return None,
            },
            ExprKind::Var(Var::Global(g)) => *self.globals.get(*g as usize)?,
            ExprKind::Var(Var::Local { depth, slot }) => self.known_local(*depth, *slot)?,
            _ => return None,
        };
        match self.heap.resolve(v) {
            Value::Thunk(_) => None,
            v => Some(v),
        }
    }

    fn local_op(&mut self, depth: u32, slot: u32) -> Op {
        if depth == 0 {
            Op::Local(slot)
        } else if let Some(u) = Up::new(depth, slot) {
            Op::Upvalue(u)
        } else {
            self.prog.far_vars.push((depth, slot));
            Op::UpvalueFar(self.prog.far_vars.len() as u32 - 1)
        }
    }

    fn lazy(&mut self, e: &Expr<'_>, ctx: Ctx, kind: CodeKind) {
        if let Some(op) = self.immediate(e, ctx) {
            self.emit(op, e.range);
            return;
        }
        if ctx == Ctx::Normal {
            match &e.kind {
                ExprKind::List(_) => return self.strict(e),
                ExprKind::Attrs(a) if a.dynamics.is_empty() && a.rec_slots.is_none() => {
                    return self.strict(e);
                }
                _ => {}
            }
        }
        let spec = self.speculation(e, CodeId(0), 2);
        let code = self.code_block(e, kind);
        if let Some(spec) = spec {
            self.prog.specs.push(SpecInfo { code, ..spec });
            self.emit(Op::SpecThunk((self.prog.specs.len() - 1) as u32), e.range);
        } else {
            self.emit(Op::Thunk(code.0), e.range);
        }
    }

    /// The speculation of `e` (its nodes appended to `Program::spec_nodes`), with
    /// `code` to fall back to, if `e` can be speculated in at least `min_nodes`
    /// nodes (a lazy variable alone is no speculation: it is read as it is; a
    /// lambda's body that is its parameter, as `genList (i: i) n`'s, is one).
    fn speculation(&mut self, e: &Expr<'_>, code: CodeId, min_nodes: usize) -> Option<SpecInfo> {
        let mut nodes = Vec::new();
        // An expression reading no variable stays a thunk: a constant expression is
        // rare in real code, and `trace`/`--eval` show such a thunk as «thunk» in Nix.
        // (A constant read in place of an inlined call's parameter counts as the
        // variable it replaces.)
        self.spec_param = false;
        let spec = self.spec(e, &mut nodes, &mut Vec::new())
            && nodes.len() >= min_nodes
            && (self.spec_param || nodes.iter().any(|n| matches!(n, SpecNode::Local(_) | SpecNode::Upvalue(..))))
            && crate::code::spec_stack_depth(&nodes) <= crate::code::MAX_SPEC_STACK;
        if !spec {
            return None;
        }
        let start = self.prog.spec_nodes.len() as u32;
        self.prog.spec_nodes.extend_from_slice(&nodes);
        Some(SpecInfo { code, start, len: nodes.len() as u32, shape: SpecShape::of(&nodes) })
    }

    /// Appends the speculation of `e` to `out` (see [`SpecNode`]); false if `e` is
    /// not that simple, reads a slot that may not be initialised, or is too big.
    ///
    /// The descent is bounded: an operand comes before the node of its operator,
    /// so a long left-nested chain (`x + 1 + 1 + …`, 100k terms) would recurse to
    /// its depth before the node count stops it, and overflow the stack. Every
    /// level but an inlined call's (and the argument read for its parameter) adds
    /// a node, so a speculation that fits is far shallower than the bound.
    fn spec<'e>(&mut self, e: &'e Expr<'e>, out: &mut Vec<SpecNode>, subst: &mut Vec<(u32, &'e Expr<'e>)>) -> bool {
        if out.len() >= MAX_SPEC_NODES || self.spec_depth >= MAX_SPEC_DEPTH {
            return false;
        }
        self.spec_depth += 1;
        let ok = self.spec_inner(e, out, subst);
        self.spec_depth -= 1;
        ok
    }

    /// [`Compiler::spec`] of one expression.
    fn spec_inner<'e>(
        &mut self,
        e: &'e Expr<'e>,
        out: &mut Vec<SpecNode>,
        subst: &mut Vec<(u32, &'e Expr<'e>)>,
    ) -> bool {
        self.spec_param |= e.param;
        match &e.kind {
            ExprKind::Int(i) => out.push(SpecNode::Const(Value::Int(*i))),
            ExprKind::Float(f) => out.push(SpecNode::Const(Value::Float(*f))),
            ExprKind::Str(b) => {
                let v = self.string_const(b);
                out.push(SpecNode::Const(v));
            }
            ExprKind::Var(Var::Global(g)) => match self.globals.get(*g as usize) {
                Some(v @ (Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_))) => {
                    out.push(SpecNode::Const(*v))
                }
                _ => return false,
            },
            ExprKind::Var(Var::Local { depth, slot }) => {
                if *depth == 0
                    && let Some(i) = subst.iter().rposition(|(s, _)| s == slot)
                {
                    // an inlined call's argument, in its fresh slot: computed in
                    // place (the slot is stored only when the call's code runs),
                    // in the scope of the call (the slots bound after it unseen)
                    let arg = subst[i].1;
                    let later = subst.split_off(i);
                    let ok = self.spec(arg, out, subst);
                    subst.extend(later);
                    return ok;
                }
                if *depth == 0 {
                    if self.is_uninit(*slot) {
                        return false;
                    }
                    out.push(SpecNode::Local(*slot));
                } else {
                    let Ok(d) = u16::try_from(*depth) else { return false };
                    out.push(SpecNode::Upvalue(d, *slot));
                }
            }
            ExprKind::Bin(op, a, b, _) => {
                // `->` is not speculated; `++` and `//` allocate
                if matches!(op, BinOp::Impl | BinOp::Concat | BinOp::Update) {
                    return false;
                }
                if !self.spec(a, out, subst) || !self.spec(b, out, subst) || out.len() >= MAX_SPEC_NODES {
                    return false;
                }
                out.push(SpecNode::Bin(*op));
            }
            ExprKind::Not(a) | ExprKind::Neg(a) => {
                if !self.spec(a, out, subst) || out.len() >= MAX_SPEC_NODES {
                    return false;
                }
                out.push(if matches!(e.kind, ExprKind::Not(_)) { SpecNode::Not } else { SpecNode::Neg });
            }
            ExprKind::Select(base, keys, None) => {
                let rest = match self.global_attr(base, keys) {
                    Some((v, used)) => {
                        out.push(SpecNode::Const(v));
                        keys.get(used..).unwrap_or_default()
                    }
                    None if self.spec(base, out, subst) => keys,
                    None => return false,
                };
                for k in rest.iter() {
                    match k {
                        Key::Static(s) => {
                            if out.len() >= MAX_SPEC_NODES {
                                return false;
                            }
                            out.push(SpecNode::Select(*s));
                        }
                        Key::Dynamic(name) => {
                            if !self.spec(name, out, subst) || out.len() >= MAX_SPEC_NODES {
                                return false;
                            }
                            out.push(SpecNode::SelectDyn);
                        }
                    }
                }
            }
            ExprKind::If(c, t, f) => {
                if !self.spec(c, out, subst) || out.len() >= MAX_SPEC_NODES {
                    return false;
                }
                let jf = out.len();
                out.push(SpecNode::JumpIfFalse(0));
                if !self.spec(t, out, subst) || out.len() >= MAX_SPEC_NODES {
                    return false;
                }
                let j = out.len();
                out.push(SpecNode::Jump(0));
                if !self.spec(f, out, subst) {
                    return false;
                }
                out[jf] = SpecNode::JumpIfFalse((j - jf) as u32);
                out[j] = SpecNode::Jump((out.len() - j - 1) as u32);
            }
            ExprKind::Apply(f, args) => {
                let Some(Value::Builtin(b)) = self.known_value(f) else { return false };
                let Some(d) = self.builtins.get(b as usize) else { return false };
                let Some(call) = SpecCall::of(d.name, d.arity, d.strict) else { return false };
                if args.len() != usize::from(call.arity()) {
                    return false;
                }
                for a in args.iter() {
                    if !self.spec(a, out, subst) || out.len() >= MAX_SPEC_NODES {
                        return false;
                    }
                }
                out.push(SpecNode::Call(call));
            }
            ExprKind::Inline(inl) => {
                // the inlined function's body, its arguments read where its
                // parameters are (arguments that are variables or constants are
                // there already); no frame is needed: a speculation cannot fail
                let mark = subst.len();
                subst.extend(inl.bindings.iter().map(|b| (b.slot, b.value)));
                let ok = self.spec(inl.body, out, subst);
                subst.truncate(mark);
                return ok;
            }
            _ => return false,
        }
        true
    }

    /// The `Lazy` form of a formal's default.
    fn lazy_value(&mut self, e: &Expr<'_>) -> Lazy {
        match self.immediate(e, Ctx::Binding) {
            Some(Op::Null) => Lazy::Const(Value::Null),
            Some(Op::True) => Lazy::Const(Value::Bool(true)),
            Some(Op::False) => Lazy::Const(Value::Bool(false)),
            Some(Op::Int(i)) => Lazy::Const(Value::Int(i as i64)),
            Some(Op::Const(c)) => Lazy::Const(self.prog.consts[c as usize]),
            Some(Op::Closure(l)) => Lazy::Closure(LambdaId(l)),
            _ => Lazy::Code(self.code_block(e, CodeKind::Expr)),
        }
    }

    fn cur_pos(&mut self, line: u32, col: u32) -> Value {
        let file = Value::String(self.heap.alloc_str(self.file_name.as_bytes()));
        let k = *self.known;
        let entries = vec![
            Attr { name: k.file, pos: PosId::NONE, value: file },
            Attr { name: k.line, pos: PosId::NONE, value: Value::Int(line as i64) },
            Attr { name: k.column, pos: PosId::NONE, value: Value::Int(col as i64) },
        ];
        Value::Attrs(self.heap.alloc_attrs_unsorted(entries))
    }

    // ---- functions ----

    fn lambda(&mut self, l: &Lambda<'_>) -> LambdaId {
        let pos = self.pos(l.range);
        let id = LambdaId(self.prog.lambdas.len() as u32);
        // a chained lambda is the body of the lambda being compiled: its
        // environment is that one's, all slots counted there
        let nslots = if l.chained { self.enclosing_nslots } else { l.nslots };
        self.prog.lambdas.push(LambdaInfo {
            entry: 0,
            nslots,
            name: l.name,
            pos,
            formals: None,
            body_lambda: None,
            param_slot: l.param_slot,
            chained: l.chained,
            release_mark: EnvRelease::Never.initial_mark(),
            body_spec: None,
            body_ctor: false,
        });
        let enclosing = std::mem::replace(&mut self.enclosing_nslots, nslots);
        let level = self.env_level;
        if !l.chained {
            self.env_level += 1;
        }
        // a lambda body runs in an environment of its own, after the enclosing
        // bindings are stored
        let uninit = std::mem::take(&mut self.uninit);
        self.open();
        if let Param::Pattern { formals, ellipsis, .. } = &l.param {
            let mut descs = Vec::with_capacity(formals.len());
            for f in formals.iter() {
                let default = f.default.map(|d| self.lazy_value(d));
                let pos = self.pos(f.range);
                descs.push(FormalDesc { name: f.name, slot: f.slot, default, pos });
            }
            self.prog.formals.push(FormalsDesc { formals: descs.into(), ellipsis: *ellipsis, lambda: id });
            let fid = (self.prog.formals.len() - 1) as u32;
            self.prog.lambdas[id.0 as usize].formals = Some(fid);
            self.emit(Op::Formals(fid), l.range);
        } else if let Some(spec) = self.speculation(l.body, CodeId(u32::MAX), 1) {
            // (the fallback is the apply thunk: the code is never used)
            self.prog.specs.push(spec);
            self.prog.lambdas[id.0 as usize].body_spec = Some((self.prog.specs.len() - 1) as u32);
        }
        self.strict(l.body);
        self.emit(Op::Return, l.body.range);
        let entry = self.close();
        self.uninit = uninit;
        self.enclosing_nslots = enclosing;
        self.env_level = level;
        self.prog.lambdas[id.0 as usize].entry = entry;
        let e = entry as usize;
        // `close` appended this body's block last: its operations are `ops[e..]`
        // (the blocks of its thunks and inner lambdas were appended before it).
        // Formals bind the argument's values; only a default that is not a
        // constant makes a thunk or closure over the environment.
        let plain_formals = self.prog.lambdas[id.0 as usize].formals.is_none_or(|f| {
            self.prog.formals[f as usize].formals.iter().all(|d| matches!(d.default, None | Some(Lazy::Const(_))))
        });
        let (captures, thunks) = self.env_use(e);
        let class = match (plain_formals && !captures, thunks) {
            (false, _) => EnvRelease::Never,
            (true, false) => EnvRelease::Unchecked,
            (true, true) => {
                // the body's own thunks start the scan (see `EnvRelease::Scan`)
                for op in self.prog.ops.get_mut(e..).unwrap_or_default() {
                    if let Op::Thunk(c) = *op {
                        *op = Op::ThunkOwn(c);
                    }
                }
                EnvRelease::Scan
            }
        };
        self.prog.lambdas[id.0 as usize].release_mark = class.initial_mark();
        self.prog.lambdas[id.0 as usize].body_ctor = self.prog.lambdas[id.0 as usize].formals.is_none()
            && is_constructor(self.prog.ops.get(e..).unwrap_or_default(), &self.prog.attr_descs);
        if let (None, Some(Op::Closure(inner)), Some(Op::Return)) =
            (self.prog.lambdas[id.0 as usize].formals, self.prog.ops.get(e), self.prog.ops.get(e + 1))
        {
            self.prog.lambdas[id.0 as usize].body_lambda = Some(LambdaId(*inner));
        }
        id
    }

    // ---- strict positions ----

    fn strict(&mut self, e: &Expr<'_>) {
        nixlet_parser::with_big_stack(|| self.strict_inner(e))
    }

    fn strict_inner(&mut self, e: &Expr<'_>) {
        let r = e.range;
        // a known `let` binding where its value is needed: that value. (In a lazy
        // position the slot is read as before: Nix keeps a thunk there, which
        // non-strict printing shows as `<CODE>`.)
        if let ExprKind::Var(Var::Local { depth, slot }) = &e.kind
            && let Some(v) = self.known_local(*depth, *slot)
        {
            let c = self.constant(v);
            self.emit(Op::Const(c), r);
            return;
        }
        match &e.kind {
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Path(_)
            | ExprKind::Lambda(_)
            | ExprKind::CurPos(..)
            | ExprKind::Var(Var::Global(_))
            | ExprKind::Var(Var::Local { .. }) => {
                if let Some(op) = self.immediate(e, Ctx::Normal) {
                    self.emit(op, r);
                }
            }
            ExprKind::Var(Var::With(w)) => {
                let positions = w.positions.iter().map(|p| self.pos(*p)).collect();
                self.prog.with_vars.push(WithVar { name: w.name, scopes: w.scopes.to_vec().into(), positions });
                let idx = (self.prog.with_vars.len() - 1) as u32;
                self.emit(Op::WithVar(idx), r);
            }
            ExprKind::Interp(parts) | ExprKind::PathInterp(parts) => {
                let mut poss = Vec::with_capacity(parts.len());
                for p in parts.iter() {
                    match p {
                        Part::Lit(b) => {
                            let v = self.string_const(b);
                            let c = self.constant(v);
                            self.emit(Op::Const(c), r);
                            poss.push(self.pos(r));
                        }
                        Part::Expr(x, pr) => {
                            self.strict(x);
                            // parts are evaluated in order
                            self.force_if_lazy(x);
                            poss.push(self.pos(*pr));
                        }
                    }
                }
                self.prog.interps.push(poss.into());
                let idx = (self.prog.interps.len() - 1) as u32;
                let op = if matches!(e.kind, ExprKind::PathInterp(_)) { Op::PathInterp(idx) } else { Op::Interp(idx) };
                self.emit(op, r);
            }
            ExprKind::Apply(f, [a, b]) if self.seq_builtin.is_some_and(|k| self.names_builtin(f, k)) => {
                // `builtins.seq a b` inline: force a, then b, without making thunks of
                // them or calling; errors get the builtin's frame as they would inside it
                let k = self.seq_builtin.unwrap_or(u32::MAX);
                self.emit(Op::EnterBuiltin(k), r);
                self.strict(a);
                self.emit(Op::Force, r);
                self.emit(Op::Pop, r);
                self.strict(b);
                // (a value already evaluated needs no `Force`: a nested `seq`, a set)
                if may_be_thunk(b) {
                    self.emit(Op::Force, r);
                }
                self.emit(Op::LeaveBuiltin, r);
            }
            ExprKind::Apply(f, [a]) if let Some((k, t)) = self.type_test(f) => {
                // `isAttrs x` and the like inline: force x inside the builtin's trace
                // frame (as the call would), then test its type; no call is made
                if is_immediate(a) {
                    // the common `isAttrs x`: the frame starts only if x must be
                    // evaluated (two dispatches and a mark fewer when it is not)
                    self.strict(a);
                    self.emit(Op::ForceArgIn(k), r);
                } else {
                    self.emit(Op::EnterBuiltin(k), r);
                    self.strict_arg(a, r);
                }
                self.emit(Op::LeaveBuiltin, r);
                self.emit(Op::TypeIs(t), r);
            }
            ExprKind::Apply(f, args) if let Some((k, strict)) = self.strict_builtin_call(f, args) => {
                // a known builtin taking all its arguments: the strict ones are
                // evaluated here, in order, inside the builtin's trace frame (where
                // the call would force them), instead of as thunks the call enters
                // before running again
                self.strict(f);
                self.emit(Op::EnterBuiltin(k), r);
                for (i, a) in args.iter().enumerate() {
                    if strict & (1 << i) != 0 {
                        self.strict_arg(a, r);
                    } else {
                        self.lazy(a, Ctx::Normal, CodeKind::Expr);
                    }
                }
                self.emit(Op::LeaveBuiltin, r);
                self.emit(Op::Call(args.len() as u32), r);
            }
            ExprKind::Apply(f, args) => {
                self.strict(f);
                for a in args.iter() {
                    self.lazy(a, Ctx::Normal, CodeKind::Expr);
                }
                self.emit(Op::Call(args.len() as u32), r);
            }
            ExprKind::Select(base, keys, default) => {
                // `builtins.name…`: the leading steps may be known (`global_attr`).
                // Only where the value is needed: in a lazy position Nix makes a
                // thunk of a selection, which non-strict printing shows.
                let (rest, start) = match self.global_attr(base, keys) {
                    Some((v, used)) => {
                        let c = self.constant(v);
                        self.emit(Op::Const(c), r);
                        (keys.get(used..).unwrap_or_default(), None)
                    }
                    None => {
                        let start = self.here();
                        self.strict(base);
                        (&keys[..], Some(start))
                    }
                };
                let mut fails = Vec::new();
                for (i, k) in rest.iter().enumerate() {
                    // the set is evaluated with C++ Nix's `while selecting an
                    // attribute` (a computed first name is evaluated before it is
                    // forced here, outside that frame in Nix: no range then)
                    let subject = match start {
                        Some(start) if i == 0 => Some(start),
                        _ => None,
                    };
                    match (k, default.is_some()) {
                        (Key::Static(s), false) => {
                            self.emit(Op::Select(s.0, 0), r);
                            if let Some(start) = subject {
                                self.trace_range(start, base.range, TraceWhat::Select, true);
                            }
                        }
                        (Key::Static(s), true) => {
                            self.emit(Op::SelectOr(s.0, 0), r);
                            if let Some(start) = subject {
                                self.trace_range(start, base.range, TraceWhat::Select, true);
                            }
                            fails.push(self.emit(Op::Jump(0), r));
                        }
                        (Key::Dynamic(x), false) => {
                            self.strict(x);
                            self.emit(Op::SelectDyn, r);
                        }
                        (Key::Dynamic(x), true) => {
                            self.strict(x);
                            self.emit(Op::SelectDynOr, r);
                            fails.push(self.emit(Op::Jump(0), r));
                        }
                    }
                }
                if let Some(d) = default {
                    let end = self.emit(Op::Jump(0), r);
                    for f in fails {
                        self.patch(f);
                    }
                    self.strict(d);
                    self.patch(end);
                }
            }
            ExprKind::HasAttr(base, keys) => {
                let start = self.here();
                self.strict(base);
                let mut fails = Vec::new();
                let n = keys.len();
                for (i, k) in keys.iter().enumerate() {
                    let last = i + 1 == n;
                    match k {
                        Key::Static(s) => {
                            if last {
                                self.emit(Op::HasAttrLast(s.0), r);
                            } else {
                                self.emit(Op::HasAttrStep(s.0), r);
                            }
                            // the set is evaluated with `in the argument of '?'`
                            if i == 0 {
                                self.trace_range(start, base.range, TraceWhat::HasAttrArg, true);
                            }
                            if !last {
                                fails.push(self.emit(Op::Jump(0), r));
                            }
                        }
                        Key::Dynamic(x) => {
                            self.strict(x);
                            if last {
                                self.emit(Op::HasAttrDynLast, r);
                            } else {
                                self.emit(Op::HasAttrDynStep, r);
                                fails.push(self.emit(Op::Jump(0), r));
                            }
                        }
                    }
                }
                if !fails.is_empty() {
                    let end = self.emit(Op::Jump(0), r);
                    for f in fails {
                        self.patch(f);
                    }
                    self.emit(Op::False, r);
                    self.patch(end);
                }
            }
            ExprKind::Attrs(a) => self.attrs(a, r),
            ExprKind::List(items) => {
                if let Some(l) = self.constant_list(items) {
                    let c = self.constant(Value::List(l));
                    self.emit(Op::Const(c), r);
                    return;
                }
                for i in items.iter() {
                    self.lazy(i, Ctx::Normal, CodeKind::Expr);
                }
                self.emit(Op::MakeList(items.len() as u32), r);
            }
            ExprKind::Let(bindings, body) => self.let_group(bindings, body, Ctx::Binding),
            ExprKind::Inline(inl) => {
                // the body of the function called, its arguments in slots, between
                // marks giving its errors the call's trace frames
                let pos = self.pos(inl.lambda);
                self.prog.inlines.push(InlineInfo { name: inl.name, pos });
                let k = INLINE_MARK | (self.prog.inlines.len() - 1) as u32;
                self.emit(Op::EnterBuiltin(k), r);
                // the arguments are made as the call's arguments would be
                self.let_group(inl.bindings, inl.body, Ctx::Normal);
                // a call returns its value evaluated (`Op::Return` forces it inside
                // the call's frame, at the body's position)
                if may_be_thunk(inl.body) {
                    self.emit(Op::Force, inl.body.range);
                }
                self.emit(Op::LeaveBuiltin, r);
            }
            ExprKind::With(ns, slot, body) => {
                self.lazy(ns, Ctx::Normal, CodeKind::Expr);
                self.emit(Op::StoreLocal(*slot), r);
                self.strict(body);
            }
            ExprKind::If(c, t, f) => {
                self.strict(c);
                let jf = self.emit(Op::JumpIfFalse(0), c.range);
                self.strict(t);
                let je = self.emit(Op::Jump(0), r);
                self.patch(jf);
                self.strict(f);
                self.patch(je);
            }
            ExprKind::Assert(c, body, text) => {
                if let ExprKind::Bin(BinOp::Eq, a, b, _) = &c.kind {
                    // `assert a == b`: Nix explains how the values differ
                    self.strict(a);
                    self.force_if_lazy(a);
                    self.strict(b);
                    let eq_pos = self.pos(c.range);
                    let cond_pos = eq_pos;
                    self.prog.asserts.push(AssertDesc { text: (**text).into(), eq_pos, cond_pos });
                    let idx = (self.prog.asserts.len() - 1) as u32;
                    self.emit(Op::AssertEq(idx), r);
                } else {
                    self.strict(c);
                    let cond_pos = self.pos(c.range);
                    self.prog.asserts.push(AssertDesc { text: (**text).into(), eq_pos: PosId::NONE, cond_pos });
                    let idx = (self.prog.asserts.len() - 1) as u32;
                    self.emit(Op::Assert(idx), r);
                }
                self.strict(body);
            }
            ExprKind::Bin(op, a, b, operands) => self.binop(*op, a, b, r, **operands),
            ExprKind::Not(a) => {
                let s = self.here();
                self.strict(a);
                // positioned at the operand: type errors are reported there
                self.emit(Op::Not, a.range);
                self.trace_range(s, a.range, TraceWhat::NotArg, true);
            }
            ExprKind::Neg(a) => {
                let s = self.here();
                self.strict(a);
                self.emit(Op::Neg, r);
                // `-e` is `__sub 0 e` in Nix
                self.trace_range(s, r, TraceWhat::Primop("sub"), true);
            }
        }
    }

    /// `let bindings; in body`, in a strict position; `ctx` is how the bindings'
    /// values are made (see [`Compiler::bindings`]).
    fn let_group(&mut self, bindings: &[Binding<'_>], body: &Expr<'_>, ctx: Ctx) {
        // known for the bindings' values too: code reading such a slot before it
        // is stored (a thunk made earlier in the group) gets the same value
        let mark = self.known_undo.len();
        for b in bindings.iter() {
            if let Some(v) = self.known_value(b.value) {
                let key = (self.env_level, b.slot);
                let before = self.known_slots.insert(key, v);
                self.known_undo.push((key, before));
            }
        }
        let eager = self.eager_binding(bindings, body);
        self.bindings(bindings, false, eager, ctx);
        if let Some((start, end)) = self.eager_code.take() {
            // the body would force the binding inside the operands on its way to
            // it: the frames of those operands are the evaluation's too
            for (what, at) in head_frames(body).into_iter().rev() {
                self.trace_range_to(start, end, at, what, false);
            }
        }
        self.strict(body);
        self.forget_known(mark);
    }

    /// A builtin's strict argument evaluated before its call at `r` (between
    /// `EnterBuiltin` and `LeaveBuiltin`), with the errors it would raise as the
    /// call's own thunk for it: a variable is forced as the call forces it
    /// (`ForceArg`), an expression as its thunk returned it (`Force` at its range).
    fn strict_arg(&mut self, a: &Expr<'_>, r: TextRange) {
        self.strict(a);
        if is_immediate(a) {
            self.emit(Op::ForceArg, r);
        } else {
            self.emit(Op::Force, a.range);
        }
    }

    /// The builtin index and the type it tests for, if `f` is known to be a type
    /// predicate ([`predicate_type`]).
    fn type_test(&self, f: &Expr<'_>) -> Option<(u32, Type)> {
        let Some(Value::Builtin(b)) = self.known_value(f) else { return None };
        Some((b, predicate_type(self.builtins.get(b as usize)?)?))
    }

    /// The builtin index and strictness mask, if `f` is known to be a builtin that
    /// `args` are all the arguments of, and one of its strict arguments would
    /// otherwise be a thunk the call enters (an expression). Immediate strict
    /// arguments alone (variables, constants, functions) are left to the call,
    /// which reads them as they are for less than forcing them first would cost.
    fn strict_builtin_call(&self, f: &Expr<'_>, args: &[&Expr<'_>]) -> Option<(u32, u8)> {
        let Some(Value::Builtin(b)) = self.known_value(f) else { return None };
        let strict = self.builtins.get(b as usize).filter(|d| d.arity as usize == args.len())?.strict;
        args.iter().enumerate().any(|(i, a)| strict & (1 << i) != 0 && !is_immediate(a)).then_some((b, strict))
    }

    /// Whether `f` is builtin `k` itself: a global (`__seq`), a static selection
    /// from a global set (`builtins.seq`) or a `let` binding of one (see
    /// [`Compiler::known_value`]).
    fn names_builtin(&self, f: &Expr<'_>, k: u32) -> bool {
        matches!(self.known_value(f), Some(Value::Builtin(b)) if b == k)
    }

    /// Initialises the slots of a binding group in order: thunks, constants,
    /// variables or closures, except `eager` ([`Compiler::eager_binding`]), which
    /// is evaluated in place after the others are stored (it may read them). A
    /// binding may use the value of an earlier one directly (as Nix's `maybeThunk`
    /// does), unless `overridable`: `__overrides` of a `rec` set replaces slot
    /// values afterwards, so there every binding of the group must stay a thunk
    /// reading its slot late.
    /// `ctx` is `Ctx::Binding` for a `let` or `rec` group (an unstored slot of the
    /// group is never read in place; literal lists and sets stay thunks, as Nix
    /// keeps them) and `Ctx::Normal` for an inlined call's arguments (made as
    /// the call's arguments would be: a literal list or set that cannot fail is
    /// built at once).
    fn bindings(&mut self, bindings: &[Binding<'_>], overridable: bool, eager: Option<&Binding<'_>>, ctx: Ctx) {
        self.set_uninit(bindings, true);
        for b in bindings.iter().filter(|b| eager.is_none_or(|e| e.slot != b.slot)) {
            let kind = CodeKind::Expr;
            self.lazy(b.value, ctx, kind);
            self.emit(Op::StoreLocal(b.slot), b.value.range);
            if !overridable {
                self.set_uninit(std::slice::from_ref(b), false);
            }
        }
        if let Some(e) = eager {
            let start = self.here();
            self.strict(e.value);
            self.force_if_lazy(e.value);
            self.eager_code = Some((start, self.here()));
            self.emit(Op::StoreLocal(e.slot), e.value.range);
        }
        self.set_uninit(bindings, false);
    }

    /// The binding of a `let` that its body forces before anything else happens
    /// ([`head_slot`]) and that can be evaluated before the body, in place, instead
    /// of becoming a thunk the body enters at once: its value is an expression
    /// (not a variable, constant or function, which need no thunk), and it cannot
    /// reach itself through the other bindings of the group (which would be an
    /// infinite recursion Nix reports when the body forces it; evaluated in place,
    /// it would read its own slot before it is stored). Nothing observable happens
    /// between the start of the `let` and the body's first force (making thunks is
    /// not observable), so evaluating it first is what the body would do first.
    fn eager_binding<'e>(&self, bindings: &'e [Binding<'e>], body: &Expr<'_>) -> Option<&'e Binding<'e>> {
        let slot = head_slot(body)?;
        let first = bindings.iter().find(|b| b.slot == slot)?;
        if is_immediate(first.value) || self.known_value(first.value).is_some() {
            return None;
        }
        let mut refs = GroupRefs {
            group: bindings.iter().enumerate().map(|(i, b)| (b.slot, i)).collect(),
            budget: GROUP_WALK_BUDGET,
            found: Vec::new(),
        };
        let mut seen = vec![false; bindings.len()];
        refs.walk(first.value, 0)?;
        while let Some(i) = refs.found.pop() {
            let b = bindings.get(i)?;
            if b.slot == slot {
                return None;
            }
            if !std::mem::replace(seen.get_mut(i)?, true) {
                refs.walk(b.value, 0)?;
            }
        }
        Some(first)
    }

    fn set_uninit(&mut self, bindings: &[Binding<'_>], on: bool) {
        for b in bindings {
            let i = b.slot as usize;
            if self.uninit.len() <= i {
                self.uninit.resize(i + 1, false);
            }
            self.uninit[i] = on;
        }
    }

    fn is_uninit(&self, slot: u32) -> bool {
        self.uninit.get(slot as usize).copied().unwrap_or(false)
    }

    fn attrs(&mut self, a: &Attrs<'_>, r: TextRange) {
        self.bindings(a.bindings, a.rec_slots.is_some(), None, Ctx::Binding);
        let mut statics: Vec<&StaticAttr<'_>> = a.statics.iter().collect();
        statics.sort_by_key(|s| s.name);
        let mut names = Vec::with_capacity(statics.len());
        for s in &statics {
            self.lazy(s.value, Ctx::Normal, CodeKind::Attr(s.name));
            let p = self.pos(s.range);
            names.push((s.name, p));
        }
        self.prog.attr_descs.push(AttrDesc { names: names.into() });
        let d = (self.prog.attr_descs.len() - 1) as u32;
        self.emit(Op::MakeAttrs(d), r);
        if let Some(slots) = a.rec_slots {
            let pairs: Vec<(Sym, u32)> = a.statics.iter().zip(slots.iter()).map(|(s, &slot)| (s.name, slot)).collect();
            self.prog.overrides.push(OverridesDesc { slots: pairs.into() });
            let o = (self.prog.overrides.len() - 1) as u32;
            self.emit(Op::Overrides(o), r);
        }
        if !a.dynamics.is_empty() {
            let mut poss = Vec::with_capacity(a.dynamics.len());
            for d in a.dynamics.iter() {
                self.strict(d.name);
                self.lazy(d.value, Ctx::Normal, CodeKind::Expr);
                poss.push(self.pos(d.range));
            }
            self.prog.dyn_descs.push(poss.into());
            let i = (self.prog.dyn_descs.len() - 1) as u32;
            self.emit(Op::AddDynAttrs(i), r);
        }
    }

    /// After `strict(e)`: if `e` may have left an unevaluated thunk (a variable, an
    /// attribute), force it now, so that what follows is evaluated after it.
    fn force_if_lazy(&mut self, e: &Expr<'_>) {
        if may_be_thunk(e) {
            self.emit(Op::Force, e.range);
        }
    }

    fn binop(&mut self, op: BinOp, a: &Expr<'_>, b: &Expr<'_>, r: TextRange, operands: (TextRange, TextRange)) {
        match op {
            BinOp::And | BinOp::Or | BinOp::Impl => {
                let s = self.here();
                self.strict(a);
                // positioned at the operands: type errors are reported there
                let j = self.emit(
                    match op {
                        BinOp::And => Op::AndJump(0),
                        BinOp::Or => Op::OrJump(0),
                        _ => Op::ImplJump(0),
                    },
                    a.range,
                );
                let frames = bin_frames(op);
                if let Some(w) = frames.left {
                    self.trace_range(s, a.range, w, true);
                }
                let s = self.here();
                self.strict(b);
                let which = match op {
                    BinOp::And => 0,
                    BinOp::Or => 1,
                    _ => 2,
                };
                self.emit(Op::CheckBool(which), b.range);
                if let Some(w) = frames.right {
                    self.trace_range(s, b.range, w, true);
                }
                self.patch(j);
            }
            _ => {
                let s = self.here();
                self.strict(a);
                // Nix evaluates the left operand completely before the right one
                self.force_if_lazy(a);
                let BinFrames { left, right, call } = bin_frames(op);
                if let Some(w) = left {
                    self.trace_range(s, a.range, w, false);
                }
                let before = self.here();
                self.strict(b);
                // a comparison with a constant: one instruction at the comparison's
                // position (pushing a constant cannot fail)
                let last = self.blocks.last().and_then(|b| b.ops.last().copied());
                let konst = match last {
                    _ if !matches!(op, BinOp::Eq | BinOp::Neq) || self.here() != before + 1 => None,
                    Some(Op::Const(c)) if self.prog.consts.get(c as usize).is_some_and(Value::is_scalar) => Some(c),
                    Some(Op::Int(i)) => Some(self.constant(Value::Int(i64::from(i)))),
                    Some(Op::Null) => Some(self.constant(Value::Null)),
                    Some(Op::True) => Some(self.constant(Value::Bool(true))),
                    Some(Op::False) => Some(self.constant(Value::Bool(false))),
                    _ => None,
                };
                if let Some(c) = konst {
                    let p = self.pos(r);
                    if let Some(b) = self.blocks.last_mut()
                        && let (Some(last), Some(pos)) = (b.ops.last_mut(), b.pos.last_mut())
                    {
                        *last = if op == BinOp::Eq { Op::EqConst(c) } else { Op::NeqConst(c) };
                        *pos = p;
                    }
                    // (a constant right operand raises nothing)
                    return;
                }
                let o = match op {
                    BinOp::Add => {
                        let (pa, pb) = (self.pos(operands.0), self.pos(operands.1));
                        self.prog.add_pos.push((pa, pb));
                        Op::Add((self.prog.add_pos.len() - 1) as u32)
                    }
                    BinOp::Sub => Op::Sub,
                    BinOp::Mul => Op::Mul,
                    BinOp::Div => Op::Div,
                    BinOp::Lt => Op::Lt,
                    BinOp::Le => Op::Le,
                    BinOp::Gt => Op::Gt,
                    BinOp::Ge => Op::Ge,
                    BinOp::Eq => Op::Eq,
                    BinOp::Neq => Op::Neq,
                    BinOp::Concat => Op::Concat,
                    BinOp::Update => Op::Update,
                    BinOp::And | BinOp::Or | BinOp::Impl => Op::Null,
                };
                self.emit(o, r);
                if let Some(w) = right {
                    self.trace_range(before, b.range, w, true);
                }
                if let Some(name) = call {
                    self.trace_range(s, r, TraceWhat::Primop(name), true);
                    // `a <= b` is `!(__lessThan b a)` (around the comparison's own
                    // errors too)
                    if negated(op) {
                        self.trace_range(s, r, TraceWhat::NotArg, false);
                    }
                }
            }
        }
    }
}

/// Makes a string constant with context (used by embedders for literals).
pub fn plain_string(heap: &mut Heap, s: &str) -> Value {
    Value::String(heap.alloc_string(NixString::plain(s.as_bytes())))
}

/// The slot of the current environment that evaluating `e` in a strict position
/// forces before anything else observable happens (before any other value is
/// forced, any error is raised or anything is traced), as the compiler orders
/// it: the variable itself, the condition of an `if` or `assert`, the left
/// operand of a binary operator, the operand of `!` and `-`, the set a
/// selection or `?` starts from (unless its first name is computed, which is
/// evaluated first), the function of an application (its arguments become
/// thunks). Anything else: `None`.
///
/// Coupling: C++ Nix adds a trace line to any error raised while evaluating an
/// operand (`in the argument of '!'`, `in the left operand of '&&'`, …), a forced
/// variable's thunk included; nixlet records those lines as instruction ranges
/// (`Program::trace_ranges`), and [`head_frames`] gives the ones around the head
/// so that a binding evaluated in place gets them too. A head added here needs
/// its frames there (`while evaluating a branch condition` and the assertion's
/// are not recorded by either, so `if` and `assert` add none).
fn head_slot(e: &Expr<'_>) -> Option<u32> {
    let mut e = e;
    loop {
        e = match &e.kind {
            ExprKind::Var(Var::Local { depth: 0, slot }) => return Some(*slot),
            ExprKind::If(c, _, _) | ExprKind::Assert(c, _, _) => c,
            ExprKind::Bin(_, a, _, _) | ExprKind::Not(a) | ExprKind::Neg(a) => a,
            ExprKind::Select(base, keys, _) | ExprKind::HasAttr(base, keys) => match keys.first() {
                Some(Key::Static(_)) => base,
                _ => return None,
            },
            ExprKind::Apply(f, _) => f,
            _ => return None,
        };
    }
}

/// The operand frames of a binary operator (see [`TraceRange`]): C++ Nix's frame
/// for each operand, or, for an operator that is a builtin's call there, the
/// call's frame around both (and `!` around that for `<=` and `>=`, see
/// [`negated`]).
struct BinFrames {
    left: Option<TraceWhat>,
    right: Option<TraceWhat>,
    call: Option<&'static str>,
}

fn bin_frames(op: BinOp) -> BinFrames {
    let (left, right, call) = match op {
        BinOp::Eq | BinOp::Neq | BinOp::Update | BinOp::Concat | BinOp::And | BinOp::Or | BinOp::Impl => {
            (Some(TraceWhat::Left(op)), Some(TraceWhat::Right(op)), None)
        }
        BinOp::Add => (Some(TraceWhat::PlusOperand), Some(TraceWhat::PlusOperand), None),
        BinOp::Sub => (None, None, Some("sub")),
        BinOp::Mul => (None, None, Some("mul")),
        BinOp::Div => (None, None, Some("div")),
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => (None, None, Some("lessThan")),
    };
    BinFrames { left, right, call }
}

/// `a <= b` is `!(__lessThan b a)` in C++ Nix, `a >= b` likewise.
fn negated(op: BinOp) -> bool {
    matches!(op, BinOp::Le | BinOp::Ge)
}

/// The operand frames around the variable [`head_slot`] finds, outermost first:
/// those the code of the path to it records ([`Compiler::binop`], `!`, `-`,
/// selections, `?`).
fn head_frames(e: &Expr<'_>) -> Vec<(TraceWhat, TextRange)> {
    let mut out = Vec::new();
    let mut e = e;
    loop {
        e = match &e.kind {
            ExprKind::If(c, _, _) | ExprKind::Assert(c, _, _) => c,
            ExprKind::Bin(op, a, _, _) => {
                let f = bin_frames(*op);
                if let Some(name) = f.call {
                    if negated(*op) {
                        out.push((TraceWhat::NotArg, e.range));
                    }
                    out.push((TraceWhat::Primop(name), e.range));
                }
                if let Some(w) = f.left {
                    out.push((w, a.range));
                }
                a
            }
            ExprKind::Not(a) => {
                out.push((TraceWhat::NotArg, a.range));
                a
            }
            ExprKind::Neg(a) => {
                out.push((TraceWhat::Primop("sub"), e.range));
                a
            }
            ExprKind::Select(base, keys, _) | ExprKind::HasAttr(base, keys) => match keys.first() {
                Some(Key::Static(_)) => {
                    let what =
                        if matches!(e.kind, ExprKind::Select(..)) { TraceWhat::Select } else { TraceWhat::HasAttrArg };
                    out.push((what, base.range));
                    base
                }
                _ => return out,
            },
            ExprKind::Apply(f, _) => f,
            _ => return out,
        };
    }
}

/// Expression nodes [`GroupRefs::walk`] looks at for one `let` at most: past that
/// its binding is left a thunk (a bound on the work for large or nested `let`s).
const GROUP_WALK_BUDGET: usize = 4096;

/// The bindings of one `let` that expressions read (see
/// [`Compiler::eager_binding`]).
struct GroupRefs {
    /// The group's slots, with each binding's index.
    group: FxHashMap<u32, usize>,
    /// Nodes still to look at.
    budget: usize,
    /// Indices of the bindings read, as found.
    found: Vec<usize>,
}

impl GroupRefs {
    /// Adds to `found` every binding of the group that `e` reads, the group's
    /// environment being `depth` function environments up from `e`; `None` when
    /// the budget runs out.
    fn walk(&mut self, e: &Expr<'_>, depth: u32) -> Option<()> {
        self.budget = self.budget.checked_sub(1)?;
        match &e.kind {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Path(_) | ExprKind::CurPos(..) => {}
            ExprKind::Var(Var::Local { depth: d, slot }) => {
                if *d == depth
                    && let Some(&i) = self.group.get(slot)
                {
                    self.found.push(i);
                }
            }
            ExprKind::Var(Var::Global(_) | Var::With(_)) => {}
            ExprKind::Interp(parts) | ExprKind::PathInterp(parts) => {
                for p in parts.iter() {
                    if let Part::Expr(x, _) = p {
                        self.walk(x, depth)?;
                    }
                }
            }
            ExprKind::Lambda(l) => {
                // a chained lambda runs in the environment of the lambda it is the body of
                let inner = if l.chained { depth } else { depth + 1 };
                if let Param::Pattern { formals, .. } = &l.param {
                    for d in formals.iter().filter_map(|f| f.default) {
                        self.walk(d, inner)?;
                    }
                }
                self.walk(l.body, inner)?;
            }
            ExprKind::Apply(f, args) => {
                self.walk(f, depth)?;
                for a in args.iter() {
                    self.walk(a, depth)?;
                }
            }
            ExprKind::Select(base, keys, _) | ExprKind::HasAttr(base, keys) => {
                self.walk(base, depth)?;
                for k in keys.iter() {
                    if let Key::Dynamic(x) = k {
                        self.walk(x, depth)?;
                    }
                }
                if let ExprKind::Select(_, _, Some(d)) = &e.kind {
                    self.walk(d, depth)?;
                }
            }
            ExprKind::Attrs(a) => {
                for b in a.bindings.iter() {
                    self.walk(b.value, depth)?;
                }
                for s in a.statics.iter() {
                    self.walk(s.value, depth)?;
                }
                for d in a.dynamics.iter() {
                    self.walk(d.name, depth)?;
                    self.walk(d.value, depth)?;
                }
            }
            ExprKind::List(items) => {
                for x in items.iter() {
                    self.walk(x, depth)?;
                }
            }
            ExprKind::Let(bindings, body) | ExprKind::Inline(Inlined { bindings, body, .. }) => {
                for b in bindings.iter() {
                    self.walk(b.value, depth)?;
                }
                self.walk(body, depth)?;
            }
            ExprKind::With(x, _, y) | ExprKind::Assert(x, y, _) | ExprKind::Bin(_, x, y, _) => {
                self.walk(x, depth)?;
                self.walk(y, depth)?;
            }
            ExprKind::If(c, t, f) => {
                self.walk(c, depth)?;
                self.walk(t, depth)?;
                self.walk(f, depth)?;
            }
            ExprKind::Not(x) | ExprKind::Neg(x) => self.walk(x, depth)?,
        }
        Some(())
    }
}

/// Whether the value `strict(e)` leaves may still be a thunk (a variable's or an
/// attribute's value); every other expression's code leaves it evaluated.
fn may_be_thunk(e: &Expr<'_>) -> bool {
    match &e.kind {
        ExprKind::Var(_) | ExprKind::Select(..) => true,
        ExprKind::Let(_, body) | ExprKind::With(_, _, body) | ExprKind::Assert(_, body, _) => may_be_thunk(body),
        ExprKind::If(_, t, f) => may_be_thunk(t) || may_be_thunk(f),
        _ => false,
    }
}

/// Whether `e` is one of the expressions [`Compiler::immediate`] may take as they
/// are (variables, constants, functions): no code runs for them.
fn is_immediate(e: &Expr<'_>) -> bool {
    matches!(
        e.kind,
        ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Path(_)
            | ExprKind::Var(Var::Global(_) | Var::Local { .. })
            | ExprKind::Lambda(_)
            | ExprKind::CurPos(..)
    )
}

/// The type a builtin tests for, if it is one of the type predicates the compiler
/// inlines ([`Op::TypeIs`]): by name, strict in its one argument (see
/// [`crate::vm::Vm::add_builtin`]).
fn predicate_type(b: &Builtin) -> Option<Type> {
    if b.arity != 1 || b.strict != 1 {
        return None;
    }
    Some(match b.name {
        "isNull" => Type::Null,
        "isBool" => Type::Bool,
        "isInt" => Type::Int,
        "isFloat" => Type::Float,
        "isString" => Type::String,
        "isPath" => Type::Path,
        "isAttrs" => Type::Attrs,
        "isList" => Type::List,
        "isFunction" => Type::Function,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use crate::code::{INLINE_MARK, Op, SlotName, Up};
    use crate::io::NoIo;
    use crate::symbol::Sym;
    use crate::vm::Vm;
    use nixlet_parser::Origin;

    /// The ops `src` compiles to in `vm`, those `keep` selects.
    fn ops(mut vm: Vm, src: &str, keep: fn(&Op) -> bool) -> Vec<Op> {
        ops_in(&mut vm, src, keep)
    }

    /// [`ops`] compiled in `vm`, which keeps the program's tables.
    fn ops_in(vm: &mut Vm, src: &str, keep: fn(&Op) -> bool) -> Vec<Op> {
        let before = vm.prog.ops.len();
        vm.compile(Origin::Expr, src, "/", &[]).expect("compiles");
        vm.prog.ops[before..].iter().copied().filter(keep).collect()
    }

    /// The thunks (of any kind) the compiled program makes.
    fn thunks(src: &str) -> usize {
        ops(Vm::new(Box::new(NoIo)), src, |op| matches!(op, Op::Thunk(_) | Op::ThunkOwn(_) | Op::SpecThunk(_))).len()
    }

    /// Programs and the thunks they make: a `let` binding its body forces first
    /// is evaluated in place; the others stay thunks.
    const CASES: &[(&str, usize)] = &[
        // forced first by the condition, the operand, the selection, the call
        ("x: let t = x + 1; in if t > 0 then t else 0", 0),
        ("x: let t = x + 1; u = t * 2; in t + u", 1),
        ("x: let r = x.a; in r.b", 0),
        ("x: let f = x.g; in f 1", 0),
        // read by the binding the body forces first, made before it
        ("x: let t = u + 1; u = x * 2; in t", 1),
        // a nested lambda's slot 0 is not the `let`'s
        ("x: let t = (y: y + 1) x; in t", 0),
        // the condition reads `x`, not `t`
        ("x: let t = x + 1; in if x > 0 then t else 0", 1),
        // the head of `t` reaches `t` again: the recursion stays a thunk's to report
        ("x: let t = u + 1; u = t; in t", 1),
        // (`u = v` reads a slot not stored yet: a thunk too, as is `v`)
        ("x: let t = u + 1; u = v; v = [ t ]; in t", 3),
        // a computed first name is evaluated before the set
        ("x: let r = x.a; in r.${x.n}", 1),
    ];

    #[test]
    fn only_a_binding_the_body_forces_first_is_evaluated_in_place() {
        for (src, want) in CASES {
            assert_eq!(thunks(src), *want, "{src}");
        }
    }

    /// A comparison with a scalar constant is one instruction (a `JumpIfFalse` after
    /// it is left in place: the instruction takes it); with anything else, two
    /// operands are compared as before.
    #[test]
    fn comparisons_with_a_scalar_constant_are_one_instruction() {
        let cmp = |src: &str| {
            ops(Vm::new(Box::new(NoIo)), src, |op| {
                matches!(op, Op::Eq | Op::Neq | Op::EqConst(_) | Op::NeqConst(_) | Op::Const(_) | Op::Int(_))
            })
        };
        for src in [r#"x: x == "a""#, "x: x == 3", "x: x == 1.5", "x: x == ./."] {
            assert!(matches!(cmp(src)[..], [Op::EqConst(_)]), "{src}: {:?}", cmp(src));
        }
        // `null`, `true` and `false` (globals whose values are known)
        let with_globals = || {
            let mut vm = Vm::new(Box::new(NoIo));
            vm.add_global("null", crate::value::Value::Null);
            vm.add_global("true", crate::value::Value::Bool(true));
            vm
        };
        for src in ["x: x == null", "x: x != true"] {
            let got = ops(with_globals(), src, |op| {
                matches!(op, Op::Eq | Op::Neq | Op::EqConst(_) | Op::NeqConst(_) | Op::Null | Op::True)
            });
            assert!(matches!(got[..], [Op::EqConst(_) | Op::NeqConst(_)]), "{src}: {got:?}");
        }
        assert!(matches!(cmp(r#"x: if x != "a" then 1 else 2"#)[..], [Op::NeqConst(_), Op::Int(1), Op::Int(2)]));
        // the constant on the left, an expression or a list on the right: two operands
        for src in [r#"x: "a" == x"#, "x: x == x", "x: x == [ ]", "x: x == (y: y)"] {
            assert!(cmp(src).iter().any(|op| matches!(op, Op::Eq)), "{src}: {:?}", cmp(src));
        }
    }

    /// A selection from a variable of the current environment is one instruction
    /// (`x.a`, `x.a or d`, the first step of `x.a.b`), unless a jump lands on the
    /// selection (the value then comes from either branch) or the variable is an
    /// enclosing function's.
    #[test]
    fn selections_from_a_local_variable_are_one_instruction() {
        let sel = |src: &str| {
            ops(Vm::new(Box::new(NoIo)), src, |op| {
                matches!(
                    op,
                    Op::Local(_)
                        | Op::Upvalue(_)
                        | Op::Select(..)
                        | Op::SelectOr(..)
                        | Op::LocalSelect(..)
                        | Op::LocalSelectOr(..)
                )
            })
        };
        assert!(matches!(sel("x: x.a")[..], [Op::LocalSelect(sn, _)] if sn.slot() == 0), "{:?}", sel("x: x.a"));
        assert!(
            matches!(sel("x: x.a or 1")[..], [Op::LocalSelectOr(sn, _)] if sn.slot() == 0),
            "{:?}",
            sel("x: x.a or 1")
        );
        assert!(matches!(sel("x: x.a.b")[..], [Op::LocalSelect(..), Op::Select(..)]), "{:?}", sel("x: x.a.b"));
        // a jump lands on the selection: the `Local` of the last branch stays
        let src = "c: x: y: (if c then x else y).a";
        assert!(matches!(sel(src)[..], [.., Op::Local(_), Op::Select(..)]), "{src}: {:?}", sel(src));
        // an enclosing function's variable
        let src = "x: [ (y: x.a) ]";
        assert!(matches!(sel(src)[..], [Op::Upvalue(_), Op::Select(..)]), "{src}: {:?}", sel(src));
    }

    /// Variables of enclosing environments are packed into one operand up to 255
    /// levels up and read through `far_vars` beyond; both give the variable's value.
    #[test]
    fn far_variables_are_read_through_a_table() {
        assert_eq!(Up::new(255, Up::MAX_SLOT).map(|u| (u.depth(), u.slot())), Some((255, Up::MAX_SLOT)));
        assert!(Up::new(256, 0).is_none() && Up::new(1, Up::MAX_SLOT + 1).is_none());
        let sn = SlotName::new(SlotName::MAX_SLOT, Sym(SlotName::MAX_NAME));
        assert_eq!(sn.map(|x| (x.slot(), x.name())), Some((SlotName::MAX_SLOT, Sym(SlotName::MAX_NAME))));
        assert!(SlotName::new(SlotName::MAX_SLOT + 1, Sym(0)).is_none());
        assert!(SlotName::new(0, Sym(SlotName::MAX_NAME + 1)).is_none());
        // `n` nested functions, each with its own environment, the innermost reading
        // the outermost's parameter
        let nested = |n: usize| {
            let mut src = "x0".to_string();
            for i in (0..n).rev() {
                src = format!("(x{i}: {src}) {i}");
            }
            src
        };
        let vars = |src: &str| {
            ops(Vm::new(Box::new(NoIo)), src, |op| {
                matches!(op, Op::Upvalue(_) | Op::UpvalueForce(_) | Op::UpvalueFar(_))
            })
        };
        assert!(matches!(vars(&nested(256))[..], [Op::Upvalue(u) | Op::UpvalueForce(u)] if u.depth() == 255));
        let mut vm = Vm::new(Box::new(NoIo));
        let far = ops_in(&mut vm, &nested(300), |op| matches!(op, Op::UpvalueFar(_)));
        assert!(
            matches!(far[..], [Op::UpvalueFar(i)] if vm.prog.far_vars.get(i as usize) == Some(&(299, 0))),
            "{far:?}"
        );
    }

    /// The three most frequent speculations get their shape when compiled (run
    /// without reading their nodes); any other shape runs its nodes.
    #[test]
    fn frequent_speculations_have_their_shape() {
        use crate::code::SpecShape;
        let mut vm = Vm::new(Box::new(NoIo));
        let src = "x: y: [ (x.a) (x - 1) (x + y) (x.a.b) (if x then y else 1) ]";
        let specs = ops_in(&mut vm, src, |op| matches!(op, Op::SpecThunk(_)));
        let shapes: Vec<SpecShape> = specs
            .iter()
            .filter_map(|op| match op {
                Op::SpecThunk(i) => vm.prog.specs.get(*i as usize).map(|s| s.shape),
                _ => None,
            })
            .collect();
        assert!(
            matches!(
                shapes[..],
                [
                    SpecShape::LocalSelect(0, _),
                    SpecShape::LocalConstBin(0, crate::ir::BinOp::Sub, crate::value::Value::Int(1)),
                    SpecShape::LocalLocalBin(0, 1, crate::ir::BinOp::Add),
                    SpecShape::Nodes,
                    SpecShape::Nodes,
                ]
            ),
            "{shapes:?}"
        );
    }

    /// A selection ending a speculation gives the attribute's thunk itself when it
    /// is not started yet (no thunk of `d.a` around the thunk of `a`), by a static
    /// name or a dynamic one that is already a name; a dynamic name that is no name
    /// yet, has a context or is no string, an operand not evaluated, or a pending
    /// value the expression goes on selecting from, gives up (the thunk is made).
    #[test]
    fn a_speculated_selection_shares_the_attributes_thunk() {
        use crate::value::{Attr, EnvId, NixString, PosId, Thunk, Value};
        let mut vm = Vm::new(Box::new(NoIo));
        let specs = ops_in(&mut vm, "d: k: [ (d.a) (d.${k}) (d.a.b) ]", |op| matches!(op, Op::SpecThunk(_)));
        let [Op::SpecThunk(plain), Op::SpecThunk(dynamic), Op::SpecThunk(deeper)] = specs[..] else {
            panic!("three speculations: {specs:?}")
        };
        let a = vm.symbols.intern("a");
        let pending = vm.heap.alloc_thunk(Thunk::Pending { code: crate::value::CodeId(0), env: EnvId::EMPTY });
        let set = vm.heap.alloc_attrs_sorted(&[Attr { name: a, pos: PosId::NONE, value: Value::Thunk(pending) }]);
        let env = vm.heap.alloc_env(EnvId::EMPTY, 2);
        vm.heap.set_slot(env, 0, Value::Attrs(set));
        let shared = |v: Option<Value>| matches!(v, Some(Value::Thunk(t)) if t == pending);
        let name = |vm: &mut Vm, s: NixString| Value::String(vm.heap.alloc_string(s));
        let key = name(&mut vm, NixString::plain(&b"a"[..]));
        vm.heap.set_slot(env, 1, key);
        assert!(shared(vm.speculate(plain, env)));
        assert!(shared(vm.speculate(dynamic, env)));
        assert!(vm.speculate(deeper, env).is_none(), "`.b` of a pending value");
        // names that select nothing without an error: the thunk raises it when forced
        let unknown = name(&mut vm, NixString::plain(&b"never-a-name"[..]));
        let with_context =
            name(&mut vm, NixString { bytes: b"a"[..].into(), context: Some(vec!["/nix/store/x".into()].into()) });
        for k in [unknown, with_context, Value::Int(1), Value::Thunk(pending)] {
            vm.heap.set_slot(env, 1, k);
            assert!(vm.speculate(dynamic, env).is_none(), "{k:?}");
        }
        // a thunk being evaluated stays behind the selection's (whose position an
        // infinite recursion reports)
        vm.heap.set_slot(env, 1, key);
        vm.heap.set_thunk(pending, Thunk::Blackhole);
        assert!(vm.speculate(plain, env).is_none());
        assert!(vm.speculate(dynamic, env).is_none());
        vm.heap.set_slot(env, 0, Value::Thunk(pending));
        assert!(vm.speculate(plain, env).is_none(), "a set not evaluated yet");
    }

    /// Calls of `length`, `head`, `elemAt` and `stringLength` (by their standard
    /// name, arity and strictness) are speculated over evaluated arguments; an
    /// element not evaluated yet, an index out of range, an empty list or an
    /// argument of another type gives up, as does a builtin of another arity.
    #[test]
    fn calls_of_reading_builtins_are_speculated() {
        use crate::value::{CodeId, EnvId, Thunk, Value};
        let mut vm = Vm::new(Box::new(NoIo));
        for (name, arity, strict) in [("length", 1, 1), ("head", 1, 1), ("elemAt", 2, 3), ("stringLength", 1, 1)] {
            add_inlined(&mut vm, name, arity, strict);
        }
        // a host's `elemAt` of another strictness is not the standard one
        let lazy_elem_at = {
            let never: crate::builtin::BuiltinFn = |_, _| Err(crate::error::Error::eval("not called"));
            let name = "elemAt";
            vm.add_builtin(crate::builtin::Builtin { name, arity: 2, strict: 1, func: never, doc: "" })
        };
        vm.add_global("lazyElemAt", lazy_elem_at);
        let src = "xs: i: [ (length xs) (head xs) (elemAt xs i) (stringLength i) (lazyElemAt xs i) ]";
        let specs = ops_in(&mut vm, src, |op| matches!(op, Op::SpecThunk(_)));
        let [Op::SpecThunk(length), Op::SpecThunk(head), Op::SpecThunk(elem_at), Op::SpecThunk(string_length)] =
            specs[..]
        else {
            panic!("four speculations: {specs:?}")
        };
        let pending = vm.heap.alloc_thunk(Thunk::Pending { code: CodeId(0), env: EnvId::EMPTY });
        let list = vm.heap.alloc_list(&[Value::Int(7), Value::Thunk(pending), Value::Int(9)]);
        let env = vm.heap.alloc_env(EnvId::EMPTY, 2);
        let run = |vm: &mut Vm, xs: Value, i: Value, spec: u32| {
            vm.heap.set_slot(env, 0, xs);
            vm.heap.set_slot(env, 1, i);
            match vm.speculate(spec, env) {
                Some(Value::Int(n)) => Some(n),
                Some(other) => panic!("{other:?}"),
                None => None,
            }
        };
        let xs = Value::List(list);
        assert_eq!(run(&mut vm, xs, Value::Null, length), Some(3));
        assert_eq!(run(&mut vm, xs, Value::Null, head), Some(7));
        assert_eq!(run(&mut vm, xs, Value::Int(2), elem_at), Some(9));
        let s = Value::String(vm.heap.alloc_str(b"four"));
        assert_eq!(run(&mut vm, xs, s, string_length), Some(4));
        // the pending element, out of range, the wrong types, an empty list
        for i in [1, 3, -1] {
            assert_eq!(run(&mut vm, xs, Value::Int(i), elem_at), None, "elemAt {i}");
        }
        assert_eq!(run(&mut vm, xs, Value::Float(0.0), elem_at), None);
        assert_eq!(run(&mut vm, Value::Int(1), Value::Null, length), None);
        assert_eq!(run(&mut vm, xs, Value::Int(1), string_length), None);
        let empty = Value::List(crate::value::ListRef::EMPTY);
        assert_eq!(run(&mut vm, empty, Value::Null, head), None);
        let starts_pending = vm.heap.alloc_list(&[Value::Thunk(pending)]);
        assert_eq!(run(&mut vm, Value::List(starts_pending), Value::Null, head), None);
    }

    /// A lazy call the compiler inlines is speculated through the inlined body,
    /// an argument stored in a fresh slot computed where the parameter is read
    /// (and nested calls likewise); it gives up as any speculation does.
    #[test]
    fn inlined_calls_are_speculated_through() {
        use crate::value::{EnvId, Value};
        let mut vm = Vm::new(Box::new(NoIo));
        let spec_of = |vm: &mut Vm, call: &str| {
            let src = format!("let mod = a: b: a - b * (a / b); inc = a: a + 1; in x: [ ({call}) ]");
            // the list element's (made last: a lazy argument inside its code has one too)
            let specs = ops_in(vm, &src, |op| matches!(op, Op::SpecThunk(_)));
            specs.iter().filter_map(|op| if let Op::SpecThunk(i) = op { Some(*i) } else { None }).max().expect(call)
        };
        let one = spec_of(&mut vm, "mod (x * 7) 5");
        let nested = spec_of(&mut vm, "inc (inc (x * 2))");
        let by = spec_of(&mut vm, "inc (x / (x - 4))");
        // 11 nodes and a stack of 5 (`MAX_SPEC_NODES`, `MAX_SPEC_STACK`)
        let deep = spec_of(&mut vm, "mod x (x - 4)");
        let env = vm.heap.alloc_env(EnvId::EMPTY, 8);
        let run = |vm: &mut Vm, x: i64, spec: u32| {
            vm.heap.set_slot(env, 0, Value::Int(x));
            match vm.speculate(spec, env) {
                Some(Value::Int(n)) => Some(n),
                other => other.map(|v| panic!("{v:?}")),
            }
        };
        assert_eq!(run(&mut vm, 3, one), Some(1));
        assert_eq!(run(&mut vm, 12, nested), Some(26));
        assert_eq!(run(&mut vm, 10, by), Some(2));
        assert_eq!(run(&mut vm, 10, deep), Some(4));
        // division by zero: the thunk is made
        assert_eq!(run(&mut vm, 4, by), None);
    }

    /// Registers a global builtin `name` that is never called: the compiler
    /// inlines some builtins by their standard names.
    fn add_inlined(vm: &mut Vm, name: &'static str, arity: u8, strict: u8) {
        let never: crate::builtin::BuiltinFn = |_, _| Err(crate::error::Error::eval("not called"));
        let b = vm.add_builtin(crate::builtin::Builtin { name, arity, strict, func: never, doc: "" });
        vm.add_global(name, b);
    }

    /// The ops the compiled program emits that start or end an inlined builtin's
    /// frame, force its argument, or test a type.
    fn frame_ops(src: &str) -> Vec<Op> {
        let mut vm = Vm::new(Box::new(NoIo));
        for name in ["isAttrs", "isList", "isFunction"] {
            add_inlined(&mut vm, name, 1, 1);
        }
        ops(vm, src, |op| {
            matches!(op, Op::EnterBuiltin(_) | Op::ForceArgIn(_) | Op::ForceArg | Op::LeaveBuiltin | Op::TypeIs(_))
        })
    }

    /// The calls `src` compiles to (`Op::Call`) and the inlined calls it marks.
    fn calls(src: &str) -> (usize, usize) {
        let ops = ops(Vm::new(Box::new(NoIo)), src, |op| matches!(op, Op::Call(_) | Op::EnterBuiltin(_)));
        let inlined = ops.iter().filter(|op| matches!(op, Op::EnterBuiltin(k) if k & INLINE_MARK != 0)).count();
        (ops.len() - inlined, inlined)
    }

    #[test]
    fn calls_of_small_let_bound_functions_are_inlined_where_their_names_mean_the_same() {
        const CASES: &[(&str, (usize, usize))] = &[
            ("let f = x: x + 1; in f 2", (0, 1)),
            ("let f = a: b: c: [ a b c ]; in f 1 2 3", (0, 1)),
            // a `rec` set's function called by name in the set, unless the set has
            // `__overrides`, which may replace it
            ("rec { f = x: x + 1; g = f 2; }", (0, 1)),
            ("rec { f = x: x + 1; g = f 2; __overrides = { }; }", (1, 0)),
            // more arguments: the body's value is applied to the rest
            ("let f = x: x; in f f 2", (1, 1)),
            // fewer arguments, or no plain parameter: a call
            ("let f = a: b: a + b; in f 1", (1, 0)),
            ("let f = { a }: a; in f { a = 1; }", (1, 0)),
            // nested: the inlined body's own call is inlined too (and in `g`'s
            // definition)
            ("let f = x: x + 1; g = y: f y * 2; in g 1", (0, 3)),
            // a call site binding a name the body reads (`k`) keeps the call; one
            // binding the parameter's name does not matter
            ("let k = 1; f = x: x + k; in let k = 2; x = 3; in f x", (1, 0)),
            ("let k = 1; f = x: x + k; in let x = 3; in f x", (0, 1)),
            // an operator rebound between the definition and the call
            ("let f = x: x - 1; in let __sub = a: b: 0; in f 1", (1, 0)),
            // a name the body finds through `with` only
            ("with { k = 1; }; let f = x: x + k; in f 1", (1, 0)),
            // a body that binds names, or is too big
            ("let f = x: let y = x; in y; in f 1", (1, 0)),
            ("let g = x: [ (z: z) x ]; in g 1", (1, 0)),
            (
                concat!(
                    "let f = x: [ ",
                    "x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x x",
                    " ]; in f 1"
                ),
                (1, 0),
            ),
            // recursion: the calls stay (the outer one too: one call fewer would
            // count towards the call depth)
            ("let f = n: if n == 0 then 0 else f (n - 1); in f 3", (2, 0)),
            // mutual recursion: `odd` is inlined into the call of `even`, not into
            // `even`'s own body
            ("let even = n: n == 0 || odd (n - 1); odd = n: n != 0 && even (n - 1); in even 3", (3, 1)),
        ];
        for (src, want) in CASES {
            assert_eq!(calls(src), *want, "{src}");
        }
        // at most 16 slots of one environment for inlined calls' arguments (each
        // call of the function allocates them); variables and constants take none
        let args = |arg: &str| (0..20).map(|i| format!("(f ({arg} + {i}))")).collect::<Vec<_>>().join(" ");
        assert_eq!(calls(&format!("x: let f = y: y * 2; in [ {} ]", args("x"))), (4, 16));
        let vars = (0..20).map(|_| "(f x)").collect::<Vec<_>>().join(" ");
        assert_eq!(calls(&format!("x: let f = y: y * 2; in [ {vars} ]")), (0, 20));
    }

    #[test]
    fn a_type_test_of_a_variable_starts_its_frame_only_to_force_it() {
        // a variable or constant: one op forces it and, only if it must be
        // evaluated, starts the frame; the `LeaveBuiltin` after it always follows
        for src in ["x: isAttrs x", "isList 1", "x: y: isFunction x"] {
            let ops = frame_ops(src);
            assert!(matches!(ops[..], [Op::ForceArgIn(_), Op::LeaveBuiltin, Op::TypeIs(_)]), "{src}: {ops:?}");
        }
        // an expression is evaluated inside the frame, which starts first
        let ops = frame_ops("x: isAttrs x.y");
        assert!(matches!(ops[..], [Op::EnterBuiltin(_), Op::LeaveBuiltin, Op::TypeIs(_)]), "{ops:?}");
    }

    #[test]
    fn an_inlined_seq_forces_a_variable_with_one_op_and_an_evaluated_value_with_none() {
        let mut vm = Vm::new(Box::new(NoIo));
        add_inlined(&mut vm, "seq", 2, 3);
        // (`a: b:` share one environment: both are locals)
        let got = ops(vm, "a: b: seq a (seq b { inherit a b; })", |op| !matches!(op, Op::Return | Op::Closure(_)));
        // each variable read and forced by one op (not `Local` then `Force`), and
        // no `Force` of the nested `seq` or of the set: their code leaves them evaluated
        assert!(
            matches!(
                got[..],
                [
                    Op::EnterBuiltin(_),
                    Op::LocalForce(0),
                    Op::Pop,
                    Op::EnterBuiltin(_),
                    Op::LocalForce(1),
                    Op::Pop,
                    Op::Local(0),
                    Op::Local(1),
                    Op::MakeAttrs(_),
                    Op::LeaveBuiltin,
                    Op::LeaveBuiltin,
                ]
            ),
            "{got:?}"
        );
    }
}
