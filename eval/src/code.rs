//! Bytecode: the instruction set and the program tables it refers to.
//!
//! All compiled code of an evaluator lives in one [`Program`]: a single `ops` vector
//! (a code block is an entry index into it), a parallel position table (resolved to
//! file:line:col only when an error is reported), and side tables for operands that do
//! not fit in an 8-byte instruction.

use crate::ir::BinOp;
use crate::symbol::Sym;
use crate::value::{CodeId, LambdaId, PosId, Value};
use nixlet_parser::Span;

/// A variable of an enclosing environment ([`Op::Upvalue`], [`Op::UpvalueForce`]):
/// `depth` environments up, at most [`Up::MAX_DEPTH`], and its slot there, at most
/// [`Up::MAX_SLOT`], packed in one `u32`.
///
/// Every instruction has at most one four-byte operand, at the same offset. The
/// interpreter's dispatch then reads the operation and that operand and nothing
/// more: with a second operand at an offset of its own, it loaded that one too, for
/// every instruction (about 1% of all instructions). A variable out of this range
/// is read by [`Op::UpvalueFar`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Up(u32);

impl Up {
    /// The most levels up a packed variable can be.
    pub const MAX_DEPTH: u32 = 0xFF;
    /// The highest slot a packed variable can have.
    pub const MAX_SLOT: u32 = 0xFF_FFFF;

    /// The variable `depth` levels up at `slot`, if it fits.
    pub fn new(depth: u32, slot: u32) -> Option<Up> {
        (depth <= Self::MAX_DEPTH && slot <= Self::MAX_SLOT).then_some(Up((depth << 24) | slot))
    }

    /// Levels up.
    #[inline(always)]
    pub fn depth(self) -> u32 {
        self.0 >> 24
    }

    /// The slot.
    #[inline(always)]
    pub fn slot(self) -> u32 {
        self.0 & Self::MAX_SLOT
    }
}

impl std::fmt::Debug for Up {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Up {{ depth: {}, slot: {} }}", self.depth(), self.slot())
    }
}

/// A selection from a variable of the current environment ([`Op::LocalSelect`],
/// [`Op::LocalSelectOr`]): its slot, at most [`SlotName::MAX_SLOT`], and the name's
/// id, at most [`SlotName::MAX_NAME`], packed in one `u32` as in [`Up`]. A
/// selection out of this range stays two instructions.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct SlotName(u32);

impl SlotName {
    /// The highest slot a fused selection can read.
    pub const MAX_SLOT: u32 = 0xFFF;
    /// The highest name id a fused selection can select.
    pub const MAX_NAME: u32 = 0xF_FFFF;

    /// The selection of `name` from `slot`, if both fit.
    pub fn new(slot: u32, name: Sym) -> Option<SlotName> {
        (slot <= Self::MAX_SLOT && name.0 <= Self::MAX_NAME).then_some(SlotName((slot << 20) | name.0))
    }

    /// The slot.
    #[inline(always)]
    pub fn slot(self) -> u32 {
        self.0 >> 20
    }

    /// The name.
    #[inline(always)]
    pub fn name(self) -> Sym {
        Sym(self.0 & Self::MAX_NAME)
    }
}

impl std::fmt::Debug for SlotName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SlotName {{ slot: {}, name: {} }}", self.slot(), self.name().0)
    }
}

/// One instruction. Stack effects are written `[before] -> [after]`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    /// `[] -> [null]`
    Null,
    /// `[] -> [true]`
    True,
    /// `[] -> [false]`
    False,
    /// `[] -> [int]`
    Int(i32),
    /// `[] -> [consts[i]]`
    Const(u32),
    /// `[] -> [slot]` of the current environment.
    Local(u32),
    /// `[] -> [slot]` of an enclosing environment.
    Upvalue(Up),
    /// `[] -> [slot]` of an enclosing environment out of [`Up`]'s range:
    /// `(depth, slot)` is `far_vars[i]`.
    UpvalueFar(u32),
    /// `[] -> [whnf(slot)]`: `Local` then `Force` (same position).
    LocalForce(u32),
    /// `[] -> [whnf(slot)]`: `Upvalue` then `Force` (same position).
    UpvalueForce(Up),
    /// `[] -> [global]`
    Global(u32),
    /// `[] -> [value]`: dynamic lookup through `with` scopes (forces namespaces).
    WithVar(u32),
    /// `[] -> [thunk]` of code `CodeId` in the current environment.
    Thunk(u32),
    /// [`Op::Thunk`] in the body of a lambda whose calls may give their
    /// environment back ([`EnvRelease::Scan`]): the first such thunk a call makes
    /// starts the scan its return does (the frame's release mark).
    ThunkOwn(u32),
    /// `[] -> [closure]` of lambda `LambdaId` over the current environment.
    Closure(u32),
    /// `[v] -> []`, storing `v` in a slot of the current environment.
    StoreLocal(u32),
    /// `[v] -> []`
    Pop,
    /// `[v] -> [whnf(v)]`
    Force,
    /// `[v] -> ` returns `whnf(v)` from the current frame.
    Return,
    /// Unconditional jump.
    Jump(u32),
    /// `[c] -> []`, jumping if `c` is false (`c` must be a Boolean).
    JumpIfFalse(u32),
    /// `&&`: `[c] -> [false]` and jump if false, else `[c] -> []`.
    AndJump(u32),
    /// `||`: `[c] -> [true]` and jump if true, else `[c] -> []`.
    OrJump(u32),
    /// `->`: `[c] -> [true]` and jump if false, else `[c] -> []`.
    ImplJump(u32),
    /// `[c] -> [c]`, checking that `c` is a Boolean (right operand of `&&` etc.).
    /// (A `u32` though it is 0, 1 or 2: an operand of one byte at its own offset
    /// made the interpreter load that byte at every dispatch.)
    CheckBool(u32),
    /// `[c] -> []`, failing with assertion text `asserts[i]` if `c` is false.
    Assert(u32),
    /// `[a b] -> []`: `assert a == b`, with Nix's detailed message when they differ.
    AssertEq(u32),
    /// `[f a1 … an] -> [f a1 … an]` (whnf).
    Call(u32),
    /// `[v1 … vn] -> [list]`
    MakeList(u32),
    /// `[v1 … vn] -> [attrs]` with names from `attr_descs[i]` (sorted by name id).
    MakeAttrs(u32),
    /// `[attrs n1 v1 … nk vk] -> [attrs']`: adds dynamic attributes (`dyn_descs[i]`).
    AddDynAttrs(u32),
    /// `[attrs] -> [attrs']`: applies `__overrides` of a `rec` set (`overrides[i]`).
    Overrides(u32),
    /// `[attrs] -> [value]`. The selections carry their hint: where in the set
    /// they found their name last time (0 at first; rewritten in place by
    /// `Vm::set_sel_hint`; a table beside the code was zero-filled up to the
    /// program's length each time a new file's selection first missed).
    Select(u32, u16),
    /// `[attrs] -> [value]` and skip the next instruction, or `[x] -> []` and run it.
    SelectOr(u32, u16),
    /// `[] -> [value]`: `Local` then `Select`, at the `Select`'s position (reading
    /// a variable cannot fail).
    LocalSelect(SlotName, u16),
    /// `Local` then `SelectOr`: `[] -> [value]` and skip the next instruction, or
    /// `[] -> []` and run it.
    LocalSelectOr(SlotName, u16),
    /// `[attrs name] -> [value]`
    SelectDyn,
    /// Like [`Op::SelectOr`] with the name on the stack.
    SelectDynOr,
    /// `[attrs] -> [value]` and skip the next instruction if the attribute exists,
    /// else `[x] -> []` and run the next one.
    HasAttrStep(u32),
    /// `[x] -> [bool]`
    HasAttrLast(u32),
    /// Like [`Op::HasAttrStep`] with the name on the stack.
    HasAttrDynStep,
    /// Like [`Op::HasAttrLast`] with the name on the stack.
    HasAttrDynLast,
    /// `+` (numbers, strings, paths); operand positions in `add_pos[i]`.
    Add(u32),
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    Div,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `==`
    Eq,
    /// `!=`
    Neq,
    /// `[x] -> [x == consts[i]]`: `Const(i)` then `Eq` in one instruction (the
    /// right operand of a comparison is most often a literal: `t == "option"`).
    /// When a `JumpIfFalse` follows, the result is not pushed: the jump is taken
    /// or skipped at once.
    EqConst(u32),
    /// `[x] -> [x != consts[i]]`, as [`Op::EqConst`].
    NeqConst(u32),
    /// `!`
    Not,
    /// unary `-`
    Neg,
    /// `++`
    Concat,
    /// `//`
    Update,
    /// `[p1 … pn] -> [string]`: string interpolation; `interps[i]` holds the part
    /// positions (and so `n`).
    Interp(u32),
    /// `[p1 … pn] -> [path]`: path interpolation (first part is a path prefix).
    PathInterp(u32),
    /// Function prologue destructuring the argument (`formals[i]`).
    Formals(u32),
    /// `[] -> [value]`: runs the speculation `specs[i]`; if it cannot finish without
    /// forcing or failing, pushes a thunk of its code instead (like [`Op::Thunk`]).
    SpecThunk(u32),
    /// `[] -> []`: the code up to the matching [`Op::LeaveBuiltin`] is builtin `i`
    /// inlined (`builtins.seq a b`): errors raised there get that builtin's
    /// `while calling` trace frame, as they would inside the builtin.
    EnterBuiltin(u32),
    /// `[] -> []`: ends the innermost [`Op::EnterBuiltin`].
    LeaveBuiltin,
    /// `[value] -> [value]`: [`Op::Force`] of a variable that is a builtin's strict
    /// argument, forced before the (inlined or direct) call inside
    /// [`Op::EnterBuiltin`]: the same, but an argument that is itself being
    /// evaluated is an infinite recursion without a position of its own, as when
    /// the builtin forces it.
    ForceArg,
    /// `[value] -> [value]`: [`Op::EnterBuiltin`]`(i)` and [`Op::ForceArg`] in one, for
    /// an argument that is a variable or a constant (its push cannot fail, so it may
    /// come before the builtin's frame starts). Always followed by the matching
    /// [`Op::LeaveBuiltin`]: an evaluated value skips it (no frame was started); an
    /// unevaluated thunk starts the frame and is entered, and its value then passes
    /// the `LeaveBuiltin` as after [`Op::ForceArg`].
    ForceArgIn(u32),
    /// `[value] -> [bool]`: whether the (evaluated) value on top has this type: the
    /// call of a type predicate (`builtins.isAttrs x` and the like) inlined, its
    /// argument forced between [`Op::EnterBuiltin`] and [`Op::LeaveBuiltin`].
    TypeIs(crate::value::Type),
    /// `[] -> [result]`: calls lambda `i` with the current environment as the call's
    /// own (a thunk `Vm::lazy_apply` made with the argument already in slot 0).
    CallInEnv(u32),
}

const _: () = assert!(std::mem::size_of::<Op>() == 8);

/// One step of a speculation, a tiny postfix program over already evaluated values.
///
/// A lazy expression built only from variables, constants, arithmetic, comparisons,
/// `!` and attribute selection is tried at the point where its thunk would be
/// created: if every value it reads is already evaluated and no step can fail (no
/// type error, overflow, division by zero or missing attribute), its value is the
/// value the thunk would have had, and no thunk is allocated. Anything else gives up
/// and the thunk is created as usual, so errors, traces and laziness are unchanged.
///
/// One value read need not be evaluated: a selection that ends the expression
/// (`d.file`, `s.${name}`) gives the attribute's own thunk if that is not started
/// yet. The thunk of the selection would only force it and keep its value, and
/// forcing a selected value adds no trace frame here, so sharing it changes no
/// value or message, and saves a thunk per `inherit (d) file` over an evaluated
/// `d` (about a sixth of the thunks of `benches/corpus/modules.nix`). One thing
/// can differ: should the shared thunk later be forced again while it is being
/// evaluated, the infinite recursion is reported where that happens, not at the
/// selection (a thunk already being evaluated is not shared, so the direct case
/// is unchanged). Were selections to add Nix's `while evaluating the attribute`
/// frame, this would drop it.
#[derive(Debug, Clone, Copy)]
pub enum SpecNode {
    /// Slot of the current environment (known to be initialised).
    Local(u32),
    /// Slot of an enclosing environment.
    Upvalue(u16, u32),
    /// A constant.
    Const(Value),
    /// Applies an operator to the two topmost values (scalars only: `ops::prim_bin`).
    Bin(BinOp),
    /// `!` of the topmost value.
    Not,
    /// Unary minus of the topmost value.
    Neg,
    /// Selects an attribute of the topmost value.
    Select(Sym),
    /// Selects the attribute named by the topmost value (a string without context,
    /// already a name: a string that is no name yet names no attribute) of the
    /// value below it.
    SelectDyn,
    /// Calls one of the builtins that only read their evaluated arguments
    /// ([`SpecCall`]), its arguments topmost (the last on top).
    Call(SpecCall),
    /// Pops a Boolean; if false, skips this many nodes.
    JumpIfFalse(u32),
    /// Skips this many nodes.
    Jump(u32),
}

/// A builtin a speculation may call: it reads its arguments and gives one of them
/// or a number, allocating nothing, and fails only on arguments the speculation
/// gives up on. Recognised by the standard name, arity and strictness (like the
/// inlined type predicates). The value must be evaluated: an element not yet
/// evaluated is not passed on, since forcing it inside the builtin would add the
/// builtin's `while calling` frame to its errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecCall {
    /// `length list`
    Length,
    /// `head list`
    Head,
    /// `elemAt list index`
    ElemAt,
    /// `stringLength string` (of a string value; others are coerced, given up)
    StringLength,
}

impl SpecCall {
    /// The call `name` names, if it is one, with that many arguments, all strict.
    pub fn of(name: &str, arity: u8, strict: u8) -> Option<SpecCall> {
        let call = match name {
            "length" => SpecCall::Length,
            "head" => SpecCall::Head,
            "elemAt" => SpecCall::ElemAt,
            "stringLength" => SpecCall::StringLength,
            _ => return None,
        };
        (arity == call.arity() && u32::from(strict) == (1 << arity) - 1).then_some(call)
    }

    /// Number of arguments.
    pub fn arity(self) -> u8 {
        match self {
            SpecCall::ElemAt => 2,
            _ => 1,
        }
    }
}

/// The most nodes a speculation has (16, not 12, since inlined calls are read
/// through: `mod x (x - 4)` takes 11 nodes and a stack of 5; with both limits
/// raised from 12 and 4, `sort` made 200k fewer thunks and ran 3% fewer
/// instructions, the others within 0.2%).
pub const MAX_SPEC_NODES: usize = 16;

/// How deep the compiler goes into an expression it tries to speculate
/// (`Compiler::spec`): four levels per node allowed.
pub const MAX_SPEC_DEPTH: usize = 4 * MAX_SPEC_NODES;

/// The deepest value stack a speculation may need. The stack is a local array
/// filled on every speculation, so it is kept small: deeper expressions (rare)
/// stay thunks.
pub const MAX_SPEC_STACK: usize = 6;

/// An upper bound of the value-stack depth `nodes` need: their net pushes in
/// order, counting both branches of each `if` (on any path the true depth is at
/// most this).
pub fn spec_stack_depth(nodes: &[SpecNode]) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for n in nodes {
        match n {
            SpecNode::Local(_) | SpecNode::Upvalue(..) | SpecNode::Const(_) => depth += 1,
            SpecNode::Bin(_) | SpecNode::SelectDyn | SpecNode::JumpIfFalse(_) => depth = depth.saturating_sub(1),
            SpecNode::Call(c) => depth = depth.saturating_sub(usize::from(c.arity()) - 1),
            SpecNode::Not | SpecNode::Neg | SpecNode::Select(_) | SpecNode::Jump(_) => {}
        }
        max = max.max(depth);
    }
    max
}

/// A speculation: its nodes in [`Program::spec_nodes`] and the code to fall back to.
#[derive(Debug, Clone, Copy)]
pub struct SpecInfo {
    /// The thunk's code.
    pub code: CodeId,
    /// First node.
    pub start: u32,
    /// Number of nodes.
    pub len: u32,
    /// The nodes' shape when it is one of the most frequent, run without reading
    /// the nodes.
    pub shape: SpecShape,
}

/// The most frequent speculations, recognised when compiling.
#[derive(Debug, Clone, Copy)]
pub enum SpecShape {
    /// `x.name`, `x` a variable of the current environment.
    LocalSelect(u32, Sym),
    /// `x op c` (`n - 1`), `c` a constant.
    LocalConstBin(u32, BinOp, Value),
    /// `x op y`.
    LocalLocalBin(u32, u32, BinOp),
    /// Any other: the nodes are run.
    Nodes,
}

impl SpecShape {
    /// The shape of `nodes`.
    pub fn of(nodes: &[SpecNode]) -> SpecShape {
        match *nodes {
            [SpecNode::Local(s), SpecNode::Select(name)] => SpecShape::LocalSelect(s, name),
            [SpecNode::Local(s), SpecNode::Const(c), SpecNode::Bin(op)] => SpecShape::LocalConstBin(s, op, c),
            [SpecNode::Local(a), SpecNode::Local(b), SpecNode::Bin(op)] => SpecShape::LocalLocalBin(a, b, op),
            _ => SpecShape::Nodes,
        }
    }
}

/// A value a lambda prologue or builder stores without evaluating anything.
#[derive(Debug, Clone, Copy)]
pub enum Lazy {
    /// A constant.
    Const(Value),
    /// A thunk of this code in the current environment.
    Code(CodeId),
    /// A closure over the current environment.
    Closure(LambdaId),
}

/// One formal argument.
#[derive(Debug, Clone)]
pub struct FormalDesc {
    /// Name.
    pub name: Sym,
    /// Slot it is stored in.
    pub slot: u32,
    /// Default, if any.
    pub default: Option<Lazy>,
    /// Position of the formal's name.
    pub pos: PosId,
}

/// The formals of a lambda.
#[derive(Debug, Clone)]
pub struct FormalsDesc {
    /// Formals in source order.
    pub formals: Box<[FormalDesc]>,
    /// `...` present.
    pub ellipsis: bool,
    /// The lambda.
    pub lambda: LambdaId,
}

/// A compiled function.
#[derive(Debug, Clone)]
pub struct LambdaInfo {
    /// Entry point in [`Program::ops`].
    pub entry: u32,
    /// Slots of the environment a call allocates.
    pub nslots: u32,
    /// Name from its binding (`f = x: …`), if any.
    pub name: Option<Sym>,
    /// Position of the lambda.
    pub pos: PosId,
    /// Formals, if the parameter is a pattern.
    pub formals: Option<u32>,
    /// Set when the parameter is a plain name and the body is just another lambda
    /// (`a: b: …`): a call with more arguments can bind them without running the body.
    pub body_lambda: Option<LambdaId>,
    /// Slot of the argument (0 unless `chained`).
    pub param_slot: u32,
    /// The whole body of another lambda, sharing its environment (see
    /// `ir::Lambda::chained`): its closure's environment is that lambda's call
    /// environment, which a call copies (or, when the enclosing lambda's call binds
    /// this one's argument too, extends in place). `nslots` is the shared total.
    pub chained: bool,
    /// The release mark a call frame starts with when its call allocated the
    /// environment: whether the call may give it back when it returns
    /// (`Heap::release_env`). The compiler
    /// classifies the lambda ([`EnvRelease`]) and stores
    /// [`EnvRelease::initial_mark`], which each call reads as is.
    pub release_mark: u32,
    /// The speculation of the body (`Program::specs`), for a plain parameter and
    /// a body [`SpecNode`]s can compute: an apply thunk of this lambda
    /// (`Vm::lazy_apply`, as `map` makes them) over evaluated arguments is then
    /// its value, with no thunk and the environment given back.
    pub body_spec: Option<u32>,
    /// Set for a plain parameter and a body that only builds a set or list
    /// literal (static names) from values it reads or makes without evaluating
    /// anything ([`is_constructor`]): an apply thunk of this lambda is then built
    /// at once (`Vm::construct`).
    pub body_ctor: bool,
}

/// The most values a constructor body ([`is_constructor`]) pushes: a set or list
/// built where its apply thunk would be made costs memory even if it is never
/// forced, so only small ones are (four attributes cost 96 bytes, against 40 or
/// more for the thunk and its environment).
pub const MAX_CTOR_VALUES: usize = 4;

/// Whether a lambda body's code only builds a set or a list (its last value) from
/// values pushed without evaluating anything: variables, constants, closures and
/// (speculated) thunks, with `inherit (e)` sources stored in slots first, possibly
/// inside the marks of an inlined call (`n: nameValuePair n (f n)`: they only
/// give errors their frames, and nothing here can fail). Nothing in it can fail,
/// force or call, so it can run where its apply thunk would be made. At most
/// [`MAX_CTOR_VALUES`] values are pushed.
pub fn is_constructor(ops: &[Op], attr_descs: &[AttrDesc]) -> bool {
    // values on the stack, values pushed, and whether the last value was built
    let (mut depth, mut pushes, mut built) = (0usize, 0usize, false);
    for (i, &op) in ops.iter().enumerate() {
        let pops = match op {
            _ if is_inline_mark(op) => continue,
            Op::Local(_)
            | Op::Upvalue(_)
            | Op::UpvalueFar(_)
            | Op::Global(_)
            | Op::Null
            | Op::True
            | Op::False
            | Op::Int(_)
            | Op::Const(_)
            | Op::Closure(_)
            | Op::Thunk(_)
            | Op::ThunkOwn(_)
            | Op::SpecThunk(_) => {
                pushes += 1;
                depth += 1;
                built = false;
                if pushes > MAX_CTOR_VALUES {
                    return false;
                }
                continue;
            }
            Op::StoreLocal(_) => 1,
            Op::MakeList(n) => n as usize,
            Op::MakeAttrs(d) => attr_descs.get(d as usize).map_or(usize::MAX, |d| d.names.len()),
            Op::Return => return built && depth == 1 && i + 1 == ops.len(),
            _ => return false,
        };
        let Some(rest) = depth.checked_sub(pops) else { return false };
        built = !matches!(op, Op::StoreLocal(_));
        depth = if built { rest + 1 } else { rest };
    }
    false
}

/// Whether `op` starts or ends an inlined call's code ([`INLINE_MARK`]).
pub fn is_inline_mark(op: Op) -> bool {
    match op {
        Op::EnterBuiltin(b) => b & INLINE_MARK != 0,
        Op::LeaveBuiltin => true,
        _ => false,
    }
}

/// A call frame's release mark: the call keeps its environment.
pub const KEEP_ENV: u32 = u32::MAX;
/// A call frame's release mark: the call gives its environment back on return
/// (nothing made refers to it). Any other mark is the first thunk its return
/// checks ([`EnvRelease::Scan`]).
pub const RELEASE_ENV: u32 = u32::MAX - 1;

/// When a call of a lambda may give its environment back (see
/// [`LambdaInfo::release_mark`] and the frame's release mark in the VM).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EnvRelease {
    /// Never: its body, or a thunk it makes, makes a closure or apply thunk over
    /// the environment, or a formal has a default that is not a constant.
    Never,
    /// Its code makes no thunk over the environment, so nothing can refer to it on
    /// return, unless a speculation fell back to a thunk (which then starts a scan
    /// from that thunk, as for `Scan`).
    Unchecked,
    /// Its body or its thunks make thunks over the environment: on return, it is
    /// given back only if every thunk made since the first one over it
    /// ([`Op::ThunkOwn`]) is evaluated or over another environment (checked over
    /// at most a few dozen thunks). An evaluated thunk no longer refers to the
    /// environment, and its value cannot be a closure over it (no code that runs
    /// in it makes one). The first thunk over the environment is always made by
    /// the body itself (a thunk's code runs only after the thunk exists), and the
    /// body's thunks are `ThunkOwn`.
    Scan,
}

impl EnvRelease {
    /// The release mark a call frame starts with when its call allocated the
    /// environment.
    #[inline]
    pub fn initial_mark(self) -> u32 {
        if self == EnvRelease::Never { KEEP_ENV } else { RELEASE_ENV }
    }
}

/// What a code block computes (for traces).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeKind {
    /// A lazily evaluated expression.
    Expr,
    /// The value of attribute `Sym`.
    Attr(Sym),
    /// The body of a file.
    File,
}

/// A compiled thunk body.
#[derive(Debug, Clone, Copy)]
pub struct CodeInfo {
    /// Entry point.
    pub entry: u32,
    /// What it computes.
    pub kind: CodeKind,
    /// Position of the expression.
    pub pos: PosId,
    /// The block, or a thunk it makes (transitively), makes a closure or an apply
    /// thunk over its environment (see [`EnvRelease`]).
    pub captures_env: bool,
    /// The block, or a thunk it makes (transitively), makes a thunk.
    pub makes_thunks: bool,
}

/// Names of a set literal's static attributes.
#[derive(Debug, Clone)]
pub struct AttrDesc {
    /// `(name, position)`, sorted by name id.
    pub names: Box<[(Sym, PosId)]>,
}

/// A dynamic `with` variable.
#[derive(Debug, Clone)]
pub struct WithVar {
    /// The name.
    pub name: Sym,
    /// `(depth, slot)` of each namespace, innermost first.
    pub scopes: Box<[(u32, u32)]>,
    /// Where each `with` is.
    pub positions: Box<[PosId]>,
}

/// An `assert`.
#[derive(Debug, Clone)]
pub struct AssertDesc {
    /// The condition as Nix shows it.
    pub text: Box<str>,
    /// For `assert a == b`: the position of `==`.
    pub eq_pos: PosId,
    /// The position of the condition.
    pub cond_pos: PosId,
}

/// `__overrides` fix-up data of a `rec` set.
#[derive(Debug, Clone)]
pub struct OverridesDesc {
    /// `(name, slot)` of each static attribute.
    pub slots: Box<[(Sym, u32)]>,
}

/// The function whose body an inlined call runs ([`Op::EnterBuiltin`] of
/// [`INLINE_MARK`]` | i` marks the code of `inlines[i]`).
#[derive(Clone, Copy, Debug)]
pub struct InlineInfo {
    /// The function's name.
    pub name: Sym,
    /// Where its (innermost) lambda is.
    pub pos: PosId,
}

/// Set in the operand of an [`Op::EnterBuiltin`] marking an inlined call's code
/// instead of a builtin's: errors raised there get the `while calling` and
/// `from call site` frames of the call (`Program::inlines` names the function).
pub const INLINE_MARK: u32 = 1 << 31;

/// All compiled code of an evaluator.
#[derive(Debug, Default)]
pub struct Program {
    /// Instructions of every code block.
    pub ops: Vec<Op>,
    /// Position of each instruction.
    pub op_pos: Vec<PosId>,
    /// Constants.
    pub consts: Vec<Value>,
    /// Lambdas.
    pub lambdas: Vec<LambdaInfo>,
    /// Thunk code blocks.
    pub codes: Vec<CodeInfo>,
    /// Attribute-set literal shapes.
    pub attr_descs: Vec<AttrDesc>,
    /// Positions of dynamic attributes, per `AddDynAttrs`.
    pub dyn_descs: Vec<Box<[PosId]>>,
    /// Dynamic variables.
    pub with_vars: Vec<WithVar>,
    /// Formals.
    pub formals: Vec<FormalsDesc>,
    /// `rec` sets with `__overrides`.
    pub overrides: Vec<OverridesDesc>,
    /// Assertions.
    pub asserts: Vec<AssertDesc>,
    /// Operand positions of each `+`.
    pub add_pos: Vec<(PosId, PosId)>,
    /// The trace frames of operands (see [`TraceRange`]), sorted by start, an
    /// enclosing range before the ranges it holds.
    pub trace_ranges: Vec<TraceRange>,
    /// Part positions of each interpolation.
    pub interps: Vec<Box<[PosId]>>,
    /// Inlined calls (see [`INLINE_MARK`]).
    pub inlines: Vec<InlineInfo>,
    /// `(depth, slot)` of the variables [`Up`] cannot hold ([`Op::UpvalueFar`]).
    pub far_vars: Vec<(u32, u32)>,
    /// Speculations of cheap lazy expressions.
    pub specs: Vec<SpecInfo>,
    /// Their nodes.
    pub spec_nodes: Vec<SpecNode>,
    /// Position table; index 0 is "no position".
    pub positions: Vec<Span>,
}

/// What an operand's trace frame says (C++ Nix adds these where it evaluates an
/// operand with an error context: `ExprOpNot`, `ExprOpEq`, `ExprSelect`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TraceWhat {
    /// `!e`, and the `!` that `<=` and `>=` are made of.
    NotArg,
    /// `e ? a`.
    HasAttrArg,
    /// The left operand of `==`, `!=`, `&&`, `||`, `->`, `//` or `++`.
    Left(BinOp),
    /// Their right operand.
    Right(BinOp),
    /// Either operand of `+`.
    PlusOperand,
    /// The operands of an operator that is a call of a builtin in C++ Nix (`-` is
    /// `__sub`, `<` is `__lessThan`, …), by the builtin's name.
    Primop(&'static str),
    /// The set a selection starts from.
    Select,
}

impl TraceWhat {
    /// The frame's text.
    pub fn message(self) -> String {
        let op = |o: BinOp| match o {
            BinOp::Eq => "==",
            BinOp::Neq => "!=",
            BinOp::And => "&&",
            BinOp::Or => "||",
            BinOp::Impl => "->",
            BinOp::Update => "//",
            BinOp::Concat => "++",
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
        };
        match self {
            TraceWhat::NotArg => "in the argument of '!'".to_string(),
            TraceWhat::HasAttrArg => "in the argument of '?'".to_string(),
            TraceWhat::Left(o) => format!("in the left operand of '{}'", op(o)),
            TraceWhat::Right(o) => format!("in the right operand of '{}'", op(o)),
            TraceWhat::PlusOperand => "in an operand of '+'".to_string(),
            TraceWhat::Primop(name) => format!("while calling the '{name}' builtin"),
            TraceWhat::Select => "while selecting an attribute".to_string(),
        }
    }
}

/// The instructions `start..end` compute an operand; an error raised by one of
/// them, or by a thunk or call they enter, gets the frame `what` at `pos`. The
/// table is read only while an error unwinds (`Vm::unwind`), so it costs nothing
/// otherwise. With `consumes`, the last instruction is the operator that consumes
/// the operand (forcing it if it is a thunk): the errors it raises itself (its
/// type checks) are its own to word, and the range does not apply to them.
#[derive(Debug, Clone, Copy)]
pub struct TraceRange {
    /// First instruction.
    pub start: u32,
    /// One past the consuming instruction.
    pub end: u32,
    /// The innermost range holding this one, or `u32::MAX`.
    pub parent: u32,
    /// Where the frame points (the operand, or the operator for `Primop`).
    pub pos: PosId,
    /// What it says.
    pub what: TraceWhat,
    /// Whether the last instruction is the consuming operator.
    pub consumes: bool,
}

impl TraceRange {
    /// Whether `pc` is the operator consuming the operand.
    pub fn consumed_at(&self, pc: u32) -> bool {
        self.consumes && self.end.checked_sub(1) == Some(pc)
    }
}

impl Program {
    /// The ranges holding instruction `pc` (see [`TraceRange`]), innermost first;
    /// with `own` false (an error `pc` raised itself), not those whose consuming
    /// operator is `pc`.
    pub fn trace_ranges_at(&self, pc: u32, own: bool) -> Vec<TraceRange> {
        let mut out = Vec::new();
        let i = self.trace_ranges.partition_point(|r| r.start <= pc);
        let mut at = match i.checked_sub(1) {
            Some(i) => i as u32,
            None => return out,
        };
        // a range holding `pc` holds the last range starting at or before it
        // (ranges nest), so it is that range or one of its ancestors
        while let Some(r) = self.trace_ranges.get(at as usize) {
            if r.start <= pc && pc < r.end && (own || !r.consumed_at(pc)) {
                out.push(*r);
            }
            at = r.parent;
        }
        out
    }
}

impl Program {
    /// An empty program (position 0 reserved).
    pub fn new() -> Self {
        let mut p = Program::default();
        p.positions.push(Span::new(nixlet_parser::FileId(u32::MAX), Default::default()));
        p
    }

    /// Registers a position.
    pub fn add_pos(&mut self, span: Span) -> PosId {
        let id = PosId(self.positions.len() as u32);
        self.positions.push(span);
        id
    }

    /// The span of a position, if it has one.
    pub fn span(&self, pos: PosId) -> Option<Span> {
        if pos.0 == 0 { None } else { self.positions.get(pos.0 as usize).copied() }
    }

    /// Position of the instruction at `pc`.
    pub fn pos_at(&self, pc: u32) -> PosId {
        self.op_pos.get(pc as usize).copied().unwrap_or(PosId::NONE)
    }
}
