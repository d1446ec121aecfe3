//! The lazy virtual machine.
//!
//! One interpreter loop executes bytecode; forcing a thunk, calling a lambda and
//! resuming a builtin's continuation all push a `Frame` on a heap-allocated frame
//! stack instead of recursing natively, so the depth of Nix recursion is bounded by
//! memory (and `max-call-depth`), never by the Rust stack.
//!
//! Conventions:
//! - Instructions that need an operand in weak head normal form and find an
//!   unevaluated thunk *rewind*: they push the thunk's frame with the caller's pc
//!   still pointing at themselves, and re-execute once the thunk holds its value.
//! - Every frame knows whether the value it produces is pushed on the operand stack
//!   of the frame below (`push`) or only stored (a thunk forced for a rewinding
//!   instruction).
//! - A value travelling down the frame stack is handled by `Vm::trampoline`, a
//!   loop: builtins that call functions, continuations that force values, pending
//!   curried arguments never recurse natively.

use crate::builtin::{Again, Args, Builtin, Cont, Step};
use crate::code::{CodeKind, INLINE_MARK, KEEP_ENV, Op, Program, RELEASE_ENV};
use crate::compile::Compiler;
use crate::error::{Error, ErrorKind, EvalResult};
use crate::io::Io;
use crate::ir::BinOp;
use crate::lower::{LowerInput, lower};
use crate::symbol::{KnownSyms, Sym, Symbols};
use crate::value::*;
use nixlet_parser::{Origin, ParseOptions, SourceDb, Span};
use rustc_hash::FxHashMap;
use std::any::{Any, TypeId};

/// Operations on a store that the language itself needs (`"${./file}"` copies the
/// file to the store). Implemented by the host over `nixlet-store`.
pub trait StoreHooks: Any {
    /// The store directory (`/nix/store`).
    fn store_dir(&self) -> &str;
    /// Copies a path into the store (or computes where it would go, in read-only
    /// mode) and returns the store path.
    fn copy_path(&mut self, io: &dyn Io, path: &str) -> Result<String, String>;
    /// The implementation, for crates that know its concrete type.
    fn as_any_mut(&mut self) -> &mut dyn Any;
}

/// A store that refuses to copy anything.
pub struct NoStore;

impl StoreHooks for NoStore {
    fn store_dir(&self) -> &str {
        "/nix/store"
    }
    fn copy_path(&mut self, _io: &dyn Io, path: &str) -> Result<String, String> {
        Err(format!("cannot copy '{path}' to the store: no store is configured"))
    }
    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// A message the evaluator wants shown (`trace`, `warn`, lint warnings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Message {
    /// `builtins.trace`: already formatted as `trace: …`.
    Trace(String),
    /// A warning, already rendered (`warning: …` or `evaluation warning: …`).
    Warning(String),
}

/// Resource limits of one evaluation: each call from the host into the VM (forcing a
/// value, calling a function, evaluating a file) starts with the full budget.
///
/// A limit that fires ends the evaluation with an [`ErrorKind::Limit`] error, which
/// `builtins.tryEval` cannot catch; the evaluator stays usable afterwards.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Limits {
    /// Maximum evaluation steps (function calls, thunk entries, builtin steps, and
    /// the elements walked by deep operations such as `deepSeq`, `==` and `toJSON`).
    pub max_steps: Option<u64>,
    /// Maximum growth of the evaluation heap, in bytes (approximate: values, thunks,
    /// environments, strings, lists and attribute sets allocated by this evaluation).
    pub max_heap_bytes: Option<usize>,
}

/// A host's periodic say in a running evaluation: wall-clock deadlines and
/// cancellation live here, so the evaluator itself never reads a clock.
pub trait Interrupt {
    /// An evaluation (a call from the host into the VM) starts.
    fn start(&mut self) {}
    /// Asked every few thousand steps: `Some(message)` stops the evaluation.
    fn poll(&mut self) -> Option<String>;
}

/// Steps between two polls of the memory budget and the [`Interrupt`].
const POLL_INTERVAL: u64 = 1 << 12;

/// Options of an evaluation.
#[derive(Debug, Clone)]
pub struct EvalOptions {
    /// Maximum nesting of function calls. nixlet's frames live on the heap, so the
    /// default is far above C++ Nix's 10,000.
    pub max_call_depth: usize,
    /// Maximum nesting of data walked by `deepSeq`, `--strict`, `toJSON`, `toXML`:
    /// C++ Nix's default call depth, for compatibility (`--max-call-depth` sets both).
    pub max_nesting_depth: usize,
    /// Pure evaluation: no `~` paths, no `getEnv`, no `currentTime`, ...
    pub pure: bool,
    /// Home directory for `~/` paths (impure mode).
    pub home: Option<String>,
    /// Parser options (experimental syntax, lints).
    pub parse: ParseOptions,
    /// Enabled experimental features (names).
    pub experimental: Vec<String>,
    /// Abort on the first `warn` (Nix's `abort-on-warn`).
    pub abort_on_warn: bool,
    /// `--show-trace` (kept for builtins that print traces).
    pub show_trace: bool,
    /// Resource limits (none by default, as in C++ Nix).
    pub limits: Limits,
    /// Restricted evaluation: `getEnv` is refused with an error instead of answering
    /// (file access and store writes are restricted by the host's `Io` and store).
    pub restricted: bool,
    /// Compile calls of small `let`- and `rec`-bound functions as their bodies
    /// (`ARCHITECTURE.md`, "Inlining"): values, errors and traces are those of
    /// the calls; only `max_call_depth` and `Limits::max_steps` count them no
    /// more. On by default; off compiles every call as a call.
    pub inline_calls: bool,
}

impl Default for EvalOptions {
    fn default() -> Self {
        EvalOptions {
            max_call_depth: 10_000_000,
            max_nesting_depth: 10_000,
            pure: false,
            home: None,
            parse: ParseOptions::default(),
            experimental: Vec::new(),
            abort_on_warn: false,
            show_trace: false,
            limits: Limits::default(),
            restricted: false,
            inline_calls: true,
        }
    }
}

#[derive(Clone, Copy)]
pub(crate) enum FrameKind {
    /// A lambda body. `release` says whether returning gives `Frame::env` back
    /// (see `LambdaInfo::release_mark`): [`KEEP_ENV`], [`RELEASE_ENV`] (no thunk
    /// over it was made), or the first thunk that may be over it (the call gives
    /// it back if every thunk from there on is evaluated or over another one).
    Call { lambda: LambdaId, call_pos: PosId, release: u32 },
    /// A thunk body.
    Thunk { thunk: ThunkId, code: CodeId },
    /// A builtin's continuation (the top of `Vm::conts`: continuations are kept
    /// apart so that frames are plain data, 32 bytes without drop glue). `again`:
    /// pushed for a [`Step::Each`], the continuation takes results through
    /// [`Cont::again`].
    Native { builtin: u32, call_pos: PosId, again: bool },
    /// Re-perform a call of `nargs` arguments (after forcing the callee or an argument).
    /// When a strict argument of a builtin is being forced, `builtin` names it (else
    /// `u32::MAX`): errors get its `while calling` frame, as Nix forces them inside it.
    Retry { nargs: u32, builtin: u32, call_pos: PosId },
    /// An `Op::Call` of builtin `builtin` found a strict argument unevaluated: the
    /// thunk above this frame evaluates it, then the code frame below, whose pc was
    /// set back to the call, runs the call again (now the direct one). Errors get
    /// the builtin's `while calling` frame, as with [`FrameKind::Retry`].
    RetryCall { builtin: u32, call_pos: PosId },
    /// A call with more arguments than the callee took: the original
    /// `[f a1 … an]` stays on the stack from `ret` to `base`; the delivered value is
    /// applied to the argument at `next`, and so on. Constant work per argument.
    Pending { ret: u32, next: u32, call_pos: PosId },
    /// A builtin that suspended itself: passes its result on, names it in traces.
    InBuiltin { builtin: u32, call_pos: PosId },
    /// The host waiting for a result.
    Host,
}

/// The release mark that scans thunks from `t` on. Thunk ids reach the sentinels
/// only past 4 billion thunks, which the memory budget stops first; if one did, the
/// call would keep its environment.
#[inline]
fn scan_from(t: u32) -> u32 {
    if t >= RELEASE_ENV { KEEP_ENV } else { t }
}

#[derive(Clone, Copy)]
pub(crate) struct Frame {
    pub pc: u32,
    pub env: EnvId,
    pub base: u32,
    pub push: bool,
    pub kind: FrameKind,
}

/// Entries of the string-to-name cache (a power of two).
const NAME_CACHE: usize = 16384;

/// How many builtin continuations may run inside one another natively before
/// [`Vm::continue_now`] bounces through the trampoline (a few hundred bytes of
/// Rust stack each).
pub const MAX_DIRECT_NESTING: u32 = 64;

/// The entry of the string-to-name cache for a string: the top bits of its key.
#[inline]
fn name_slot(s: StrId) -> usize {
    (s.cache_key() >> (32 - NAME_CACHE.trailing_zeros())) as usize
}

/// The error once the heap's strings outgrow what a `StrId` addresses.
const STRINGS_EXHAUSTED: &str = "evaluation aborted: the string heap is exhausted (64 GiB of string data, a string of 4 GiB, or 2^28 strings with a context)";

/// An inlined builtin ([`Op::EnterBuiltin`]) running in the code frame at `frame`.
#[derive(Clone, Copy)]
struct Mark {
    frame: u32,
    builtin: u32,
    call_pos: PosId,
    /// The instruction that pushed it (an error's operand frames inside the
    /// builtin's region are inner to its frame, those around it outer).
    pc: u32,
}

/// Outcome of a fast-path call from the interpreter loop.
enum Direct {
    /// Not applicable: nothing was changed.
    No,
    /// The call's value (in weak head normal form).
    Value(Value),
    /// A code frame was entered.
    Entered,
    /// Continue with the trampoline.
    Act(Act),
}

/// What the trampoline's loop does next (small: moved on every iteration).
#[derive(Clone, Copy)]
enum Go {
    /// A value for the frame on top.
    Deliver(Value, bool),
    /// Call the function below the top `n` stack values.
    Call(u32, bool),
}

/// Where the trampoline starts.
enum Act {
    /// What the loop does next.
    Go(Go),
    /// Interpret a step for the frame on top.
    Step(Step, bool),
}

/// Result of a file compilation.
#[derive(Debug, Clone, Copy)]
pub struct Compiled {
    /// The file's code block.
    pub code: CodeId,
    /// Slots of the file environment.
    pub nslots: u32,
}

/// A function prepared for [`Vm::lazy_apply_with`] (see [`Vm::lazy_applier`]).
#[derive(Debug, Clone, Copy)]
pub struct LazyApplier {
    f: Value,
    /// Whether its thunks are sited ([`Vm::lazy_applier`]).
    sited: bool,
    /// How to bind the arguments of the usual callback (`x: …` with one argument,
    /// `n: v: …` sharing one environment with two); `None`: through `lazy_apply`.
    bind: Option<Bind>,
}

/// The environment and code of [`LazyApplier`]'s thunks.
#[derive(Debug, Clone, Copy)]
struct Bind {
    cenv: EnvId,
    nslots: u32,
    /// Slot of the second argument (two arguments), `None` for one.
    second: Option<u32>,
    code: CodeId,
    /// The body's speculation (`LambdaInfo::body_spec`).
    spec: Option<u32>,
    /// The body's entry, if it only constructs (`LambdaInfo::body_ctor`).
    ctor: Option<u32>,
}

/// The evaluator state: heap, program, globals, and the machine.
pub struct Vm {
    /// All runtime objects.
    pub heap: Heap,
    /// Interned names.
    pub symbols: Symbols,
    /// Names the evaluator needs.
    pub known: KnownSyms,
    /// All compiled code.
    pub prog: Program,
    /// All source texts.
    pub sources: SourceDb,
    /// Global values, by index.
    pub globals: Vec<Value>,
    /// Global names.
    pub global_names: FxHashMap<Sym, u32>,
    /// Registered builtins.
    pub builtins: Vec<Builtin>,
    /// File system and environment.
    pub io: Box<dyn Io>,
    /// The store, for path copying.
    pub store: Box<dyn StoreHooks>,
    /// Options.
    pub opts: EvalOptions,
    /// `import` cache: canonical path → value.
    pub import_cache: FxHashMap<String, Value>,
    /// Paths `lstat` found to be directories in this evaluation. Resolving a path
    /// checks every component of it for a symlink, so an import-heavy evaluation
    /// asked about the same few directories thousands of times. As in Nix, which
    /// caches `lstat`, a directory is assumed to stay one; the set is emptied when
    /// an evaluation starts (the host may have changed `io` in between).
    pub known_dirs: std::cell::RefCell<rustc_hash::FxHashSet<Box<str>>>,
    /// Where `trace` and warnings go.
    pub on_message: Box<dyn FnMut(Message)>,
    /// Called after the evaluator freed something big (a big file's syntax tree,
    /// once the file is compiled), for a host whose allocator keeps freed memory
    /// to give it back before what follows allocates more.
    pub on_memory_released: Option<Box<dyn FnMut()>>,
    /// Extension state of other crates (regex cache, derivation state, ...).
    ext: FxHashMap<TypeId, Box<dyn Any>>,
    stack: Vec<Value>,
    frames: Vec<Frame>,
    /// The continuations of the `Native` frames, in the same order.
    conts: Vec<Box<dyn Cont>>,
    call_depth: usize,
    pending_act: Option<Act>,
    /// Sets a string concatenation has peeled so far (through `outPath` or
    /// `__toString`), handed from the continuation that got a peeled value to the
    /// concatenation it runs again: a set that peels to itself is a stack overflow,
    /// as in C++ Nix, not a loop.
    pub(crate) peel_depth: usize,
    /// Names of recently used strings (`StrId` → `Sym`), direct-mapped: strings are
    /// immutable and never freed, so an entry stays valid. An entry is the string's
    /// handle ([`StrId::raw`]) with the name's number plus one in the high half of
    /// the second word, all zeros when empty: the table (256 KiB) is allocated
    /// zeroed, so its pages are faulted in as entries are used instead of all at
    /// start-up (84 of the 317 page faults of `--eval -E 1`, 0.26 ms).
    name_cache: Box<[[u64; 2]]>,
    /// The syntax-tree node cache shared by this evaluation's parses.
    parse_cache: nixlet_parser::ParseCache,
    /// The shared string value of each name, by `Sym` (see [`Vm::name_str`]).
    sym_strs: Vec<Option<StrId>>,
    /// The builtin `seq`, once registered (the compiler inlines calls of it).
    seq_builtin: Option<u32>,
    /// Per lambda, the code block a `lazy_apply` thunk of it runs.
    call_in_env_codes: Vec<Option<CodeId>>,
    /// The code blocks of sited apply thunks ([`Vm::lazy_applier`]), by the
    /// lambda the call runs: for a function that is that lambda (`[0]`), and for
    /// one whose body it is (`[1]`, two arguments); `sited_call_other` for
    /// longer chains, by the function's first lambda and the lambda run.
    sited_call_codes: [Vec<Option<CodeId>>; 2],
    sited_call_other: FxHashMap<(u32, u32), CodeId>,
    /// For each sited `CallInEnv` code block, the position C++ Nix's
    /// `Value::determinePos` gives its application: the function's lambda.
    sited_sites: FxHashMap<u32, PosId>,
    /// Errors memoised for failed thunks (`Thunk::Failed`), one per propagation:
    /// its state where it stopped unwinding (caught by `tryEval`, or handed to the
    /// host), as C++ Nix keeps the exception itself.
    failed: Vec<Error>,
    /// The call site the next `CallInEnv` takes (then `NONE` again): set by deep
    /// forcing (`print::deep_force`) right before it forces a sited apply thunk.
    pub(crate) apply_site: PosId,
    /// Inlined builtins running in code frames (innermost last), for traces.
    marks: Vec<Mark>,
    /// Code blocks computing `f a`, `f a b`, `f a b c` from an environment `[f, a, …]`.
    apply_codes: [CodeId; 3],
    /// The same, for sited apply thunks ([`Vm::lazy_applier`]).
    apply_sited_codes: [CodeId; 3],
    /// Nesting of host calls into the VM (0 when idle).
    pub(crate) host_depth: usize,
    /// Builtin continuations running inside one another because each was called
    /// at once (see [`Vm::continue_now`]).
    direct_nesting: u32,
    /// The host's deadline / cancellation check.
    pub interrupt: Option<Box<dyn Interrupt>>,
    /// Steps taken since the evaluator was created.
    ticks: u64,
    /// `ticks` value at which `slow_tick` runs next.
    tick_check: u64,
    /// `ticks` when the current evaluation started.
    eval_start_ticks: u64,
    /// Heap size when the current evaluation started.
    eval_start_bytes: usize,
    /// Compiler buffers reused from one file to the next.
    block_pool: crate::compile::BlockPool,
    /// The limit that fired in the current evaluation (it keeps firing).
    limit_hit: Option<String>,
}

macro_rules! whnf {
    ($label:lifetime, $self:ident, $v:expr, $at:expr, $push:expr) => {
        match $v {
            Value::Thunk(t) => match $self.heap.thunk(t) {
                Thunk::Done(x) => x,
                Thunk::Pending { code, env: tenv } => {
                    $self.set_pc($at);
                    $self.enter_thunk(t, code, tenv, $push);
                    continue $label;
                }
                Thunk::Blackhole => return Err($self.infinite_recursion($at, t)),
                Thunk::Failed(slot) => return Err($self.failed_at($at, slot)),
            },
            x => x,
        }
    };
}

/// Slot `$slot` of `$env` in weak head normal form, for an instruction that reads
/// a variable and uses its value at once (`LocalSelect`): an evaluated thunk is
/// replaced in the slot by its value (as `Local` does); one still to run is
/// entered and the instruction runs again after it.
macro_rules! local_whnf {
    ($label:lifetime, $self:ident, $env:expr, $slot:expr, $at:expr) => {{
        let slot = $slot;
        match $self.heap.slot($env, slot) {
            Value::Thunk(t) => match $self.heap.thunk(t) {
                Thunk::Done(x) => {
                    $self.heap.set_slot($env, slot, x);
                    x
                }
                _ => whnf!($label, $self, Value::Thunk(t), $at, false),
            },
            v => v,
        }
    }};
}

/// The value of `$v` in weak head normal form for an instruction that then pushes
/// it: an unevaluated thunk is entered with its result pushed (execution goes on
/// after the instruction); an evaluated one runs `$done` on its value first.
macro_rules! force_to_push {
    ($label:lifetime, $self:ident, $v:expr, $pc:expr, $at:expr) => {
        force_to_push!($label, $self, $v, $pc, $at, |x| {})
    };
    ($label:lifetime, $self:ident, $v:expr, $pc:expr, $at:expr, |$x:ident| $done:block) => {
        match $v {
            Value::Thunk(t) => match $self.heap.thunk(t) {
                Thunk::Done($x) => {
                    $done
                    $x
                }
                Thunk::Pending { code, env: tenv } => {
                    $self.set_pc($pc);
                    $self.enter_thunk(t, code, tenv, true);
                    continue $label;
                }
                Thunk::Blackhole => return Err($self.infinite_recursion($at, t)),
                Thunk::Failed(slot) => return Err($self.failed_at($at, slot)),
            },
            v => v,
        }
    };
}

macro_rules! fail {
    ($self:ident, $at:expr, $e:expr) => {{
        $self.set_pc($at);
        let e = $e;
        return Err($self.locate(e, $at));
    }};
}

macro_rules! tri {
    ($self:ident, $at:expr, $e:expr) => {
        match $e {
            Ok(v) => v,
            Err(e) => {
                $self.set_pc($at);
                return Err($self.locate(e, $at));
            }
        }
    };
}

impl Vm {
    /// A machine with no builtins, no file system and no store.
    pub fn new(io: Box<dyn Io>) -> Self {
        let mut symbols = Symbols::new();
        let known = KnownSyms::new(&mut symbols);
        Vm {
            heap: Heap::new(),
            symbols,
            known,
            prog: Program::new(),
            sources: SourceDb::new(),
            globals: Vec::new(),
            global_names: FxHashMap::default(),
            builtins: Vec::new(),
            io,
            store: Box::new(NoStore),
            opts: EvalOptions::default(),
            import_cache: FxHashMap::default(),
            known_dirs: Default::default(),
            on_message: Box::new(|_| {}),
            on_memory_released: None,
            ext: FxHashMap::default(),
            stack: Vec::with_capacity(1024),
            frames: Vec::with_capacity(256),
            conts: Vec::new(),
            call_depth: 0,
            pending_act: None,
            peel_depth: 0,
            marks: Vec::new(),
            name_cache: vec![[0; 2]; NAME_CACHE].into_boxed_slice(),
            parse_cache: nixlet_parser::ParseCache::default(),
            sym_strs: Vec::new(),
            seq_builtin: None,
            call_in_env_codes: Vec::new(),
            sited_call_codes: [Vec::new(), Vec::new()],
            sited_call_other: FxHashMap::default(),
            sited_sites: FxHashMap::default(),
            apply_site: PosId::NONE,
            failed: Vec::new(),
            apply_codes: [CodeId(0); 3],
            apply_sited_codes: [CodeId(0); 3],
            host_depth: 0,
            direct_nesting: 0,
            interrupt: None,
            ticks: 0,
            tick_check: POLL_INTERVAL,
            eval_start_ticks: 0,
            eval_start_bytes: 0,
            block_pool: Default::default(),
            limit_hit: None,
        }
        .with_apply_codes()
    }

    fn with_apply_codes(mut self) -> Self {
        for n in 1..=3u32 {
            let mut ops: Vec<Op> = (0..=n).map(Op::Local).collect();
            ops.extend([Op::Call(n), Op::Return]);
            self.apply_codes[(n - 1) as usize] = self.append_code(&ops);
            self.apply_sited_codes[(n - 1) as usize] = self.append_code(&ops);
        }
        self
    }

    /// Appends a code block the runtime makes (no source position).
    fn append_code(&mut self, ops: &[Op]) -> CodeId {
        let entry = self.prog.ops.len() as u32;
        self.prog.ops.extend_from_slice(ops);
        self.prog.op_pos.resize(self.prog.ops.len(), PosId::NONE);
        // an apply thunk's code (`CallInEnv`) runs a call in its environment
        self.prog.codes.push(crate::code::CodeInfo {
            entry,
            kind: CodeKind::Expr,
            pos: PosId::NONE,
            captures_env: true,
            makes_thunks: false,
        });
        CodeId((self.prog.codes.len() - 1) as u32)
    }

    /// What [`Vm::lazy_apply`] looks up about `f` for `nargs` arguments, looked up
    /// once for a builtin that applies it to many (`map`, `genList`, `mapAttrs`):
    /// then [`Vm::lazy_apply_with`] makes each thunk.
    ///
    /// `sited`: the builtin forced `f` before making its applications, as C++ Nix's
    /// `map`, `genList` and `zipAttrsWith` do (`mapAttrs` does not). Nix's deep
    /// forcing (`--strict`, `deepSeq`) forces an application at the position of
    /// its function when that is an evaluated lambda, so an error calling it gets
    /// `from call site` there; sited thunks say where that is.
    pub fn lazy_applier(&mut self, f: Value, nargs: usize, sited: bool) -> LazyApplier {
        let general = LazyApplier { f, sited, bind: None };
        let Value::Lambda(first, cenv) = self.heap.resolve(f) else { return general };
        let Some(info) = self.prog.lambdas.get(first.0 as usize) else { return general };
        if info.chained {
            return general;
        }
        let nslots = info.nslots.max(1);
        // the lambda whose body the call runs, and the slot of the second argument
        let (l, second) = match (nargs, info.body_lambda) {
            (1, _) => (first, None),
            (2, Some(inner)) => match self.prog.lambdas.get(inner.0 as usize) {
                Some(ii) if ii.chained => (inner, Some(ii.param_slot)),
                _ => return general,
            },
            _ => return general,
        };
        let code = if sited { self.sited_call_code(first, l, nargs) } else { self.call_in_env_code(l) };
        let (spec, ctor) = self.body_at_once(l);
        LazyApplier { f, sited, bind: Some(Bind { cenv, nslots, second, code, spec, ctor }) }
    }

    /// A thunk computing `f args…` for the `f` of [`Vm::lazy_applier`] (made for
    /// as many arguments as `args` has), as [`Vm::lazy_apply`] makes it.
    #[inline]
    pub fn lazy_apply_with(&mut self, a: &LazyApplier, args: &[Value]) -> Value {
        let Some(b) = &a.bind else { return self.lazy_apply_in(a.f, args, a.sited) };
        // the environment `bind_chain` would make for these lambdas
        let env = match (args, b.second) {
            (&[x], None) => self.heap.alloc_env_with(b.cenv, b.nslots, x),
            (&[x, y], Some(slot)) => {
                let env = self.heap.alloc_env_with(b.cenv, b.nslots, x);
                self.heap.set_slot(env, slot, y);
                env
            }
            _ => return self.lazy_apply_in(a.f, args, a.sited),
        };
        if let Some(v) = self.apply_at_once(b.spec, b.ctor, env) {
            return v;
        }
        Value::Thunk(self.heap.alloc_thunk(Thunk::Pending { code: b.code, env }))
    }

    /// How a call of lambda `l` can be done where its apply thunk would be made:
    /// its body's speculation and, if it only constructs, its entry.
    fn body_at_once(&self, l: LambdaId) -> (Option<u32>, Option<u32>) {
        let info = self.prog.lambdas.get(l.0 as usize);
        (info.and_then(|i| i.body_spec), info.filter(|i| i.body_ctor).map(|i| i.entry))
    }

    /// The value of a call whose environment `env` was just made, by the body's
    /// speculation or construction ([`Vm::body_at_once`]), if it can be had now.
    #[inline]
    fn apply_at_once(&mut self, spec: Option<u32>, ctor: Option<u32>, env: EnvId) -> Option<Value> {
        if let Some(v) = spec.and_then(|s| self.speculate_call(s, env)) {
            return Some(v);
        }
        ctor.and_then(|entry| self.construct(entry, env))
    }

    /// The set or list a lambda body that only constructs
    /// ([`crate::code::is_constructor`]) builds, run from `entry` in `env`, the
    /// environment just made for the call. The environment is given back unless a
    /// closure or thunk made over it holds it. `None` (after at most some garbage
    /// is made) if the code is not such a body.
    fn construct(&mut self, entry: u32, env: EnvId) -> Option<Value> {
        let base = self.stack.len();
        let mut captured = false;
        let mut pc = entry as usize;
        let built = loop {
            let Some(&op) = self.prog.ops.get(pc) else { break false };
            pc += 1;
            let v = match op {
                Op::Local(s) => self.heap.resolve(self.heap.slot(env, s)),
                Op::Upvalue(u) => self.heap.resolve(self.heap.slot(self.heap.env_up(env, u.depth()), u.slot())),
                Op::UpvalueFar(i) => {
                    let Some(&(depth, slot)) = self.prog.far_vars.get(i as usize) else { break false };
                    self.heap.resolve(self.heap.slot(self.heap.env_up(env, depth), slot))
                }
                Op::Global(g) => {
                    let Some(&v) = self.globals.get(g as usize) else { break false };
                    v
                }
                Op::Null => Value::Null,
                Op::True => Value::Bool(true),
                Op::False => Value::Bool(false),
                Op::Int(i) => Value::Int(i64::from(i)),
                Op::Const(c) => {
                    let Some(&v) = self.prog.consts.get(c as usize) else { break false };
                    v
                }
                Op::Closure(l) => {
                    captured = true;
                    Value::Lambda(LambdaId(l), env)
                }
                Op::Thunk(c) | Op::ThunkOwn(c) => {
                    captured = true;
                    Value::Thunk(self.heap.alloc_thunk(Thunk::Pending { code: CodeId(c), env }))
                }
                Op::SpecThunk(i) => match self.speculate(i, env) {
                    Some(v) => v,
                    None => {
                        let Some(code) = self.prog.specs.get(i as usize).map(|s| s.code) else { break false };
                        captured = true;
                        Value::Thunk(self.heap.alloc_thunk(Thunk::Pending { code, env }))
                    }
                },
                Op::StoreLocal(s) => {
                    // (never below `base`: what is there is the caller's)
                    if self.stack.len() <= base {
                        break false;
                    }
                    let Some(v) = self.stack.pop() else { break false };
                    self.heap.set_slot(env, s, v);
                    continue;
                }
                Op::MakeList(n) => {
                    let Some(start) = self.stack.len().checked_sub(n as usize).filter(|&s| s >= base) else {
                        break false;
                    };
                    self.build_list(start)
                }
                Op::MakeAttrs(d) => {
                    let Some(desc) = self.prog.attr_descs.get(d as usize) else { break false };
                    let Some(start) = self.stack.len().checked_sub(desc.names.len()).filter(|&s| s >= base) else {
                        break false;
                    };
                    self.build_attrs(d, start)
                }
                Op::Return => break self.stack.len() == base + 1,
                // an inlined call's marks only give errors their frames
                op if crate::code::is_inline_mark(op) => continue,
                _ => break false,
            };
            self.stack.push(v);
        };
        let v = if built { self.stack.pop() } else { None };
        self.stack.truncate(base);
        if v.is_some() && !captured {
            self.heap.release_env(env);
        }
        v
    }

    /// The list of the values on the stack from `start` (taken off it).
    #[inline(always)]
    fn build_list(&mut self, start: usize) -> Value {
        let l = self.heap.alloc_list(self.stack.get(start..).unwrap_or_default());
        self.stack.truncate(start);
        Value::List(l)
    }

    /// The set of `attr_descs[d]`'s names and the values on the stack from `start`
    /// (taken off it), in the order of the names.
    #[inline(always)]
    fn build_attrs(&mut self, d: u32, start: usize) -> Value {
        let names = self.prog.attr_descs.get(d as usize).map_or(&[][..], |desc| &desc.names[..]);
        let values = self.stack.get(start..).unwrap_or_default();
        let entries = names.iter().zip(values).map(|(&(name, pos), &value)| Attr { name, pos, value });
        let a = self.heap.alloc_attrs_sorted_iter(entries);
        self.stack.truncate(start);
        Value::Attrs(a)
    }

    /// The value of a call whose environment `env` was just made (arguments
    /// bound), by the body's speculation `spec`: the environment is then given
    /// back, since a speculation makes nothing (its value is one read from the
    /// environment's slots or other existing objects, or a scalar).
    #[inline]
    fn speculate_call(&mut self, spec: u32, env: EnvId) -> Option<Value> {
        let v = self.speculate(spec, env)?;
        self.heap.release_env(env);
        Some(v)
    }

    /// A thunk computing `f args…` (1 to 3 arguments) when forced.
    pub fn lazy_apply(&mut self, f: Value, args: &[Value]) -> Value {
        self.lazy_apply_in(f, args, false)
    }

    /// [`Vm::lazy_apply`], sited or not (see [`Vm::lazy_applier`]).
    fn lazy_apply_in(&mut self, f: Value, args: &[Value], sited: bool) -> Value {
        if let Value::Lambda(first, cenv) = self.heap.resolve(f)
            && self.chain_takes(first, args.len())
        {
            // `map`, `genList`, `mapAttrs`, …: the thunk's environment is already the
            // call's own, arguments bound (no `[f, x, …]` environment)
            let (l, env, _) = self.bind_chain(first, cenv, args.len(), |_, i| args[i]);
            let (spec, ctor) = self.body_at_once(l);
            if let Some(v) = self.apply_at_once(spec, ctor, env) {
                return v;
            }
            let code = if sited { self.sited_call_code(first, l, args.len()) } else { self.call_in_env_code(l) };
            return Value::Thunk(self.heap.alloc_thunk(Thunk::Pending { code, env }));
        }
        let n = args.len().clamp(1, 3);
        let env = self.heap.alloc_env(EnvId::EMPTY, n as u32 + 1);
        self.heap.set_slot(env, 0, f);
        for (i, a) in args.iter().take(3).enumerate() {
            self.heap.set_slot(env, i as u32 + 1, *a);
        }
        let codes = if sited { self.apply_sited_codes } else { self.apply_codes };
        Value::Thunk(self.heap.alloc_thunk(Thunk::Pending { code: codes[n - 1], env }))
    }

    /// Extension state of type `T`, created on first use.
    pub fn ext<T: Any + Default>(&mut self) -> &mut T {
        let b = self.ext.entry(TypeId::of::<T>()).or_insert_with(|| Box::new(T::default()));
        match b.downcast_mut::<T>() {
            Some(t) => t,
            // The map is keyed by TypeId, so the downcast cannot fail.
            None => unreachable!("extension map keyed by TypeId"),
        }
    }

    // ---------------------------------------------------------------- globals

    /// Registers a builtin function; returns its value. The names `seq` and
    /// `isAttrs`, `isList` and the other type predicates are the standard builtins
    /// to the compiler, which inlines their calls: a host registering its own
    /// function under one of them (with the same arity and strictness) gets the
    /// standard behaviour where a call of it is compiled.
    pub fn add_builtin(&mut self, b: Builtin) -> Value {
        if b.name == "seq" {
            self.seq_builtin = Some(self.builtins.len() as u32);
        }
        self.builtins.push(b);
        Value::Builtin((self.builtins.len() - 1) as u32)
    }

    /// Makes `v` visible as the global variable `name`.
    pub fn add_global(&mut self, name: &str, v: Value) -> u32 {
        let s = self.symbols.intern(name);
        if let Some(&i) = self.global_names.get(&s) {
            self.globals[i as usize] = v;
            return i;
        }
        self.globals.push(v);
        let i = (self.globals.len() - 1) as u32;
        self.global_names.insert(s, i);
        i
    }

    /// The value of a global, by name.
    pub fn global(&self, name: &str) -> Option<Value> {
        let s = self.symbols.get_bytes(name.as_bytes())?;
        self.global_names.get(&s).map(|&i| self.globals[i as usize])
    }

    // ---------------------------------------------------------------- compiling

    /// Parses, lowers and compiles a source text.
    ///
    /// `base_dir` is the directory relative paths resolve against; `scope` names
    /// extra variables in scope (for `scopedImport`), stored in the first slots.
    pub fn compile(&mut self, origin: Origin, text: &str, base_dir: &str, scope: &[Sym]) -> EvalResult<Compiled> {
        self.compile_with(origin, text.into(), base_dir, scope, None)
    }

    /// [`Vm::compile`], using `ahead` (a parse of `text` the host made ahead) when
    /// it was made with this evaluation's parse options. The text is registered as
    /// it is (a big file is not held twice while it is compiled).
    fn compile_with(
        &mut self,
        origin: Origin,
        text: std::sync::Arc<str>,
        base_dir: &str,
        scope: &[Sym],
        ahead: Option<nixlet_parser::Detached>,
    ) -> EvalResult<Compiled> {
        let file_name = origin.to_string();
        let hint = matches!(origin, Origin::Path(_));
        let file = self.sources.add(origin, text.clone());
        let text = &*text;
        let parse = match ahead.and_then(|d| d.attach(file, &self.opts.parse)) {
            Some(p) => p,
            None => nixlet_parser::parse_cached(file, text, &self.opts.parse, &mut self.parse_cache),
        };
        // parsing, lowering and compiling a big file take no evaluation steps: the
        // limits (the host's deadline above all) are checked between them too
        self.slow_tick()?;
        let mut diags = Vec::new();
        for d in &parse.diagnostics {
            if d.severity == nixlet_parser::Severity::Warning {
                let msg = nixlet_parser::render_nix(&self.sources, d);
                (self.on_message)(Message::Warning(msg));
            } else {
                diags.push(d.clone());
            }
        }
        if !diags.is_empty() {
            return Err(Error::parse(diags));
        }
        let arena = bumpalo::Bump::new();
        let home = if self.opts.pure { None } else { self.opts.home.clone() };
        let lowered = lower(
            &arena,
            LowerInput {
                parse: &parse,
                text,
                symbols: &mut self.symbols,
                globals: &self.global_names,
                base_dir,
                home: home.as_deref(),
                scope_names: scope,
                file_name: &file_name,
                record: false,
                inline: self.opts.inline_calls,
            },
        );
        if !lowered.diagnostics.is_empty() {
            let mut d = lowered.diagnostics;
            d.sort_by_key(|d| d.span.map(|s| s.range.start()));
            return Err(Error::parse(d));
        }
        // The tree is not needed any more: freed before the code is made, it is not
        // alive together with the bytecode (for a big file, whose tree has a cache
        // of its own; see `ParseCache::OWN_CACHE`).
        drop(parse);
        self.slow_tick()?;
        if text.len() >= nixlet_parser::ParseCache::OWN_CACHE
            && let Some(f) = &mut self.on_memory_released
        {
            f();
        }
        // a file's relative path literals are what it is likely to import next
        if hint {
            for p in &lowered.rel_paths {
                self.io.import_hint(p, &self.opts.parse);
            }
        }
        let seq = self.seq_builtin;
        let mut c = Compiler::new(
            &mut self.prog,
            &mut self.heap,
            &mut self.symbols,
            &self.known,
            &self.globals,
            file,
            &file_name,
        );
        c.seq_builtin = seq;
        c.builtins = &self.builtins;
        let pool = &mut self.block_pool;
        let code = nixlet_parser::with_big_stack(|| c.compile_root_pooled(&lowered.root, pool));
        Ok(Compiled { code, nslots: lowered.root.nslots })
    }

    /// A code block `CallInEnv(l); Return` of its own for sited apply thunks of
    /// the function whose first lambda is `first` ([`Vm::lazy_applier`]), made on
    /// first use; `sited_sites` keeps the position of `first` for it.
    /// `nargs`: how many arguments the call binds (`l` is `first` for one, its
    /// body for two: the lambda a body is fixes the function, so a vector indexed
    /// by `l` holds each case, looked up without hashing; `map`, `genList` and
    /// `zipAttrsWith` make an applier per call).
    #[inline]
    fn sited_call_code(&mut self, first: LambdaId, l: LambdaId, nargs: usize) -> CodeId {
        let table = match nargs {
            1 => 0,
            2 => 1,
            _ => return self.new_sited_call_code(first, l, None),
        };
        match self.sited_call_codes[table].get(l.0 as usize) {
            Some(&Some(c)) => c,
            _ => self.new_sited_call_code(first, l, Some(table)),
        }
    }

    /// [`Vm::sited_call_code`] for a pair not in the vectors: looked up in
    /// `sited_call_other` (`table` `None`), else made and recorded.
    #[cold]
    fn new_sited_call_code(&mut self, first: LambdaId, l: LambdaId, table: Option<usize>) -> CodeId {
        if table.is_none()
            && let Some(&c) = self.sited_call_other.get(&(first.0, l.0))
        {
            return c;
        }
        let c = self.append_code(&[Op::CallInEnv(l.0), Op::Return]);
        match table.and_then(|k| self.sited_call_codes.get_mut(k)) {
            Some(codes) => {
                let i = l.0 as usize;
                if codes.len() <= i {
                    codes.resize(i + 1, None);
                }
                codes[i] = Some(c);
            }
            None => {
                self.sited_call_other.insert((first.0, l.0), c);
            }
        }
        let pos = self.prog.lambdas.get(first.0 as usize).map_or(PosId::NONE, |i| i.pos);
        self.sited_sites.insert(c.0, pos);
        c
    }

    /// Where C++ Nix's deep forcing would force the apply thunk that runs `code`
    /// in `env` (`Value::determinePos`): the position of the applied function if it
    /// is a lambda and the thunk is sited ([`Vm::lazy_applier`]), else `NONE`.
    /// `Some(true)` with it: the thunk's code is a `CallInEnv`, which takes the
    /// site from [`Vm::apply_site`]; `Some(false)`: a general application (an
    /// error its call raises, such as calling a non-function, is placed there).
    pub(crate) fn apply_thunk_site(&self, code: CodeId, env: EnvId) -> Option<(PosId, bool)> {
        if let Some(&pos) = self.sited_sites.get(&code.0) {
            return Some((pos, true));
        }
        if !self.apply_sited_codes.contains(&code) {
            return None;
        }
        Some((self.determine_pos(self.heap.slot(env, 0)), false))
    }

    /// C++ Nix's `Value::determinePos`, as far as values here keep positions: a
    /// lambda's, an apply thunk's function's (sited ones), else `NONE` (sets keep
    /// none).
    pub(crate) fn determine_pos(&self, v: Value) -> PosId {
        match self.heap.resolve(v) {
            Value::Lambda(l, _) => self.prog.lambdas.get(l.0 as usize).map_or(PosId::NONE, |i| i.pos),
            Value::Thunk(t) => match self.heap.thunk(t) {
                Thunk::Pending { code, env } => self.apply_thunk_site(code, env).map_or(PosId::NONE, |(p, _)| p),
                _ => PosId::NONE,
            },
            _ => PosId::NONE,
        }
    }

    /// The code block `CallInEnv(l); Return` of lambda `l`, made on first use.
    fn call_in_env_code(&mut self, l: LambdaId) -> CodeId {
        let i = l.0 as usize;
        if let Some(&Some(c)) = self.call_in_env_codes.get(i) {
            return c;
        }
        let c = self.append_code(&[Op::CallInEnv(l.0), Op::Return]);
        if self.call_in_env_codes.len() <= i {
            self.call_in_env_codes.resize(i + 1, None);
        }
        self.call_in_env_codes[i] = Some(c);
        c
    }

    /// Interns the bytes of a string as a name. Dynamic attribute names and the
    /// names builtins take (`getAttr`, `listToAttrs`, ...) are often the same string
    /// value again and again, so the result is remembered per string.
    pub fn intern_str(&mut self, s: StrId) -> Sym {
        if let Some(sym) = self.cached_name(s) {
            return sym;
        }
        let sym = self.symbols.intern_bytes(self.heap.str_bytes(s));
        self.cache_name(s, sym);
        sym
    }

    /// The name string `s` was interned as, if the cache still remembers it.
    #[inline]
    fn cached_name(&self, s: StrId) -> Option<Sym> {
        let (a, b) = s.raw();
        match self.name_cache.get(name_slot(s)) {
            Some(&[x, y]) if x == a && y as u32 == b && (y >> 32) != 0 => Some(Sym((y >> 32) as u32 - 1)),
            _ => None,
        }
    }

    /// The name string `s` is, if it is one already and has no context (a string
    /// with a context is no name: [`Vm::attr_name`] refuses it). Nothing is
    /// interned: a string that is no name yet names no attribute.
    pub(crate) fn known_name(&self, s: StrId) -> Option<Sym> {
        if !self.heap.string(s).context().is_empty() {
            return None;
        }
        self.cached_name(s).or_else(|| self.symbols.get_bytes(self.heap.str_bytes(s)))
    }

    /// Remembers that string `s` is name `sym` ([`Vm::intern_str`]).
    #[inline]
    fn cache_name(&mut self, s: StrId, sym: Sym) {
        // (the one name number with no room for the +1 is not remembered)
        if let Some(plus_one) = sym.0.checked_add(1)
            && let Some(e) = self.name_cache.get_mut(name_slot(s))
        {
            let (a, b) = s.raw();
            *e = [a, u64::from(b) | (u64::from(plus_one) << 32)];
        }
    }

    /// The string value of a name (`attrNames`, `mapAttrs`, ...), made once per name:
    /// strings are immutable, so every use can share it.
    pub fn name_str(&mut self, sym: Sym) -> Value {
        let i = sym.0 as usize;
        if let Some(&Some(id)) = self.sym_strs.get(i) {
            return Value::String(id);
        }
        let id = self.heap.alloc_str(self.symbols.bytes(sym));
        // names of non-UTF-8 strings have the top bit set: not worth a table entry
        if i < (1 << 24) {
            if self.sym_strs.len() <= i {
                self.sym_strs.resize(i + 1, None);
            }
            self.sym_strs[i] = Some(id);
            self.cache_name(id, sym);
        }
        Value::String(id)
    }

    /// A thunk that evaluates a compiled file (with `scope` values in its first slots).
    pub fn file_thunk(&mut self, c: Compiled, scope: &[Value]) -> Value {
        let env = self.heap.alloc_env(EnvId::EMPTY, c.nslots.max(scope.len() as u32));
        for (i, v) in scope.iter().enumerate() {
            self.heap.set_slot(env, i as u32, *v);
        }
        Value::Thunk(self.heap.alloc_thunk(Thunk::Pending { code: c.code, env }))
    }

    /// Compiles and returns a thunk for a source text.
    pub fn load_source(&mut self, origin: Origin, text: &str, base_dir: &str) -> EvalResult<Value> {
        let c = self.compile(origin, text, base_dir, &[])?;
        Ok(self.file_thunk(c, &[]))
    }

    /// `import path`: reads, compiles and caches a file (path must be absolute and
    /// canonical; a directory means its `default.nix`).
    pub fn import_path(&mut self, path: &str) -> EvalResult<Value> {
        if let Some(v) = self.import_cache.get(path) {
            return Ok(*v);
        }
        self.io.check_access(path).map_err(|e| Error::new(ErrorKind::Io, e.msg))?;
        let path = self.resolve_expr_path(path);
        if let Some(v) = self.import_cache.get(&path) {
            return Ok(*v);
        }
        // a parse the host made ahead, else the file read and parsed here
        let (text, ahead) = match self.io.take_parsed_ahead(&path) {
            Some((text, ahead)) => (text, Some(ahead)),
            None => (self.read_source(&path)?, None),
        };
        let dir = parent_dir(&path);
        let c = self.compile_with(Origin::Path(path.clone()), text.into(), &dir, &[], ahead)?;
        let v = self.file_thunk(c, &[]);
        self.import_cache.insert(path, v);
        Ok(v)
    }

    /// The text of the source file at `path`, which must be UTF-8.
    fn read_source(&self, path: &str) -> EvalResult<String> {
        let bytes = self.io.read_file(path).map_err(|e| {
            Error::new(ErrorKind::Io, if e.not_found { format!("path '{path}' does not exist") } else { e.msg })
        })?;
        String::from_utf8(bytes).map_err(|e| {
            Error::new(
                ErrorKind::Parse,
                format!(
                    "file '{path}' is not valid UTF-8 (invalid byte at offset {}); nixlet reads only UTF-8 sources",
                    e.utf8_error().valid_up_to()
                ),
            )
        })
    }

    /// Nix's `resolveExprPath`: follows symlinks in the last component (so relative
    /// paths in the file resolve against the real file's directory), then a directory
    /// means its `default.nix`.
    pub fn resolve_expr_path(&self, path: &str) -> String {
        use crate::io::FileType;
        let mut path = path.to_string();
        // what `lstat` said of the final path, when that was not a symlink
        let mut last = None;
        for _ in 0..1024 {
            match self.io.symlink_type(&path) {
                Ok(FileType::Symlink) => match self.io.read_link(&path) {
                    Ok(target) => {
                        path = if target.starts_with('/') {
                            crate::lower::canon_path(&target)
                        } else {
                            crate::lower::canon_path(&format!("{}/{}", parent_dir(&path), target))
                        };
                    }
                    Err(_) => break,
                },
                Ok(t) => {
                    last = Some(t);
                    break;
                }
                Err(_) => break,
            }
        }
        // no symlink: `stat` would say what `lstat` said
        let is_dir = match last {
            Some(t) => t == FileType::Directory,
            None => matches!(self.io.file_type(&path), Ok(FileType::Directory)),
        };
        if is_dir {
            path = if path.ends_with('/') { format!("{path}default.nix") } else { format!("{path}/default.nix") };
        }
        path
    }

    // ---------------------------------------------------------------- running

    /// Forces a value to weak head normal form.
    pub fn force(&mut self, v: Value) -> EvalResult<Value> {
        match self.heap.resolve(v) {
            Value::Thunk(_) => self.run(Act::Step(Step::Done(v), true)),
            x => Ok(x),
        }
    }

    /// Calls a function with arguments; the result is in weak head normal form.
    pub fn call(&mut self, f: Value, args: &[Value]) -> EvalResult<Value> {
        let base = self.stack.len();
        self.stack.push(f);
        self.stack.extend_from_slice(args);
        let r = self.run_with_base(Act::Go(Go::Call(args.len() as u32, true)), base as u32);
        self.stack.truncate(base);
        r
    }

    /// Runs a step (e.g. a builtin continuation chain) to completion.
    pub fn run_step(&mut self, step: Step) -> EvalResult<Value> {
        self.run(Act::Step(step, true))
    }

    /// Runs `f` as part of an evaluation, so that the limits apply to the work it
    /// does before it returns a step: a host-driven serializer (`toJSON`, `toXML`,
    /// deep forcing) can walk an unbounded (cyclic or exponentially shared) value.
    pub fn run_within(&mut self, f: impl FnOnce(&mut Vm) -> EvalResult<Step> + 'static) -> EvalResult<Value> {
        self.run_step(Step::Force(Value::Null, Box::new(move |vm: &mut Vm, _: Value| f(vm))))
    }

    fn run(&mut self, act: Act) -> EvalResult<Value> {
        let base = self.stack.len() as u32;
        self.run_with_base(act, base)
    }

    fn run_with_base(&mut self, act: Act, base: u32) -> EvalResult<Value> {
        let host_level = self.frames.len();
        let conts_level = self.conts.len();
        if self.host_depth == 0 {
            self.start_evaluation();
        }
        self.frames.push(Frame { pc: 0, env: EnvId::EMPTY, base, push: true, kind: FrameKind::Host });
        self.host_depth += 1;
        let mut next = Some(act);
        let result = loop {
            let r = match next.take() {
                Some(a) => self.trampoline(a),
                None => self.exec(),
            };
            match r {
                Ok(Some(v)) => break Ok(v),
                Ok(None) => continue,
                Err(e) => match self.unwind(e, host_level) {
                    Ok(a) => next = Some(a),
                    Err(e) => break Err(e),
                },
            }
        };
        self.host_depth -= 1;
        // a string that did not fit reads as empty: no result may be built on it
        let result = result.and_then(|v| self.check_heap().map(|()| v));
        if self.frames.len() > host_level {
            self.frames.truncate(host_level);
        }
        self.conts.truncate(conts_level);
        while self.marks.last().is_some_and(|m| m.frame as usize >= host_level) {
            self.marks.pop();
        }
        result
    }

    // ---------------------------------------------------------------- limits

    fn start_evaluation(&mut self) {
        self.known_dirs.get_mut().clear();
        self.io.evaluation_started();
        self.eval_start_ticks = self.ticks;
        self.eval_start_bytes = self.approx_bytes();
        self.limit_hit = None;
        self.tick_check = self.ticks + 1;
        if let Some(i) = self.interrupt.as_mut() {
            i.start();
        }
    }

    /// Counts one evaluation step; every few thousand steps, checks the limits.
    /// Builtins call this in loops whose length is not bounded by the heap (deep
    /// walks of shared structures, output generation).
    #[inline]
    pub fn tick(&mut self) -> EvalResult<()> {
        self.ticks += 1;
        if self.ticks >= self.tick_check { self.slow_tick() } else { Ok(()) }
    }

    #[cold]
    fn slow_tick(&mut self) -> EvalResult<()> {
        if self.host_depth == 0 {
            // a builtin driven directly by the host (outside `run`): no budget
            self.tick_check = self.ticks + POLL_INTERVAL;
            return Ok(());
        }
        if let Some(msg) = &self.limit_hit {
            return Err(Error::new(ErrorKind::Limit, msg.clone()).unlocated());
        }
        let mut next = self.ticks + POLL_INTERVAL;
        if let Some(max) = self.opts.limits.max_steps {
            let end = self.eval_start_ticks.saturating_add(max);
            if self.ticks > end {
                return Err(self.limit(format!("evaluation aborted: the step budget ({max} steps) is exhausted")));
            }
            next = next.min(end + 1);
        }
        self.check_memory(0)?;
        if let Some(msg) = self.interrupt.as_mut().and_then(|i| i.poll()) {
            return Err(self.limit(msg));
        }
        self.tick_check = next;
        Ok(())
    }

    /// Fails if the heap is exhausted (see [`Heap::exhausted`]). Called before
    /// anything leaves the evaluator (store writes), since a string that did not fit
    /// reads as empty until the next memory check stops the evaluation.
    pub fn check_heap(&mut self) -> EvalResult<()> {
        if self.heap.exhausted() { Err(self.limit(STRINGS_EXHAUSTED.to_string())) } else { Ok(()) }
    }

    fn limit(&mut self, msg: String) -> Error {
        self.limit_hit = Some(msg.clone());
        // keep firing: anything that swallowed the error stops at the next step
        self.tick_check = self.ticks;
        Error::new(ErrorKind::Limit, msg).unlocated()
    }

    /// Checks that allocating about `bytes` more would stay within the memory
    /// budget, and that the request is not absurd even without one. Call before
    /// allocating an amount that the program controls (`genList`, string building).
    pub fn check_alloc(&mut self, bytes: usize) -> EvalResult<()> {
        if bytes as u64 > 1 << 40 {
            return Err(Error::eval(format!("cannot allocate {bytes} bytes: out of memory")));
        }
        if bytes >= 1 << 16 || self.opts.limits.max_heap_bytes.is_some_and(|m| bytes > m / 64) {
            self.check_memory(bytes)?;
        }
        Ok(())
    }

    /// Bytes the evaluation holds: the heap, and the frame and operand stacks (deep
    /// recursion that allocates little per call still fills these).
    fn approx_bytes(&self) -> usize {
        self.heap.approx_bytes()
            + self.frames.capacity() * std::mem::size_of::<Frame>()
            + self.stack.capacity() * std::mem::size_of::<Value>()
    }

    fn check_memory(&mut self, extra: usize) -> EvalResult<()> {
        self.check_heap()?;
        if self.host_depth == 0 {
            return Ok(());
        }
        if let Some(max) = self.opts.limits.max_heap_bytes {
            let used = self.approx_bytes().saturating_sub(self.eval_start_bytes).saturating_add(extra);
            if used > max {
                return Err(
                    self.limit(format!("evaluation aborted: the memory budget ({}) is exhausted", human_bytes(max)))
                );
            }
        }
        Ok(())
    }

    #[inline]
    fn set_pc(&mut self, pc: u32) {
        if let Some(f) = self.frames.last_mut() {
            f.pc = pc;
        }
    }

    #[inline]
    fn enter_thunk(&mut self, t: ThunkId, code: CodeId, env: EnvId, push: bool) {
        self.heap.set_thunk(t, Thunk::Blackhole);
        let entry = self.prog.codes[code.0 as usize].entry;
        self.frames.push(Frame {
            pc: entry,
            env,
            base: self.stack.len() as u32,
            push,
            kind: FrameKind::Thunk { thunk: t, code },
        });
    }

    /// The position of the instruction at `pc`.
    pub fn span_at(&self, pc: u32) -> Option<Span> {
        self.prog.span(self.prog.pos_at(pc))
    }

    fn locate(&self, mut e: Error, pc: u32) -> Error {
        if e.0.raised_at.is_none() {
            e.0.raised_at = Some(pc);
        }
        e.at(self.span_at(pc))
    }

    /// How many calls are running (the depth `max-call-depth` bounds). C++ Nix
    /// counts the calls of builtins too: one running now adds one to this.
    pub fn call_depth(&self) -> usize {
        self.call_depth
    }

    /// The error forcing a thunk marked `Thunk::Failed(slot)` raises: a copy of the
    /// memoised one (a fresh instance, which later frames do not add to).
    pub fn failed_error(&self, slot: u32) -> Error {
        match self.failed.get(slot as usize) {
            Some(e) => {
                let mut e = e.clone();
                e.0.memo = None;
                e.0.raised_at = None;
                e.0.rethrown = false;
                e
            }
            // a slot is made before any thunk refers to it
            None => Error::eval("internal error: a failed thunk without its error"),
        }
    }

    /// [`Vm::failed_error`] for the instruction at `pc` forcing the thunk.
    #[cold]
    fn failed_at(&mut self, pc: u32, slot: u32) -> Error {
        self.set_pc(pc);
        let mut e = self.failed_error(slot);
        e.0.raised_at = Some(pc);
        e.0.rethrown = true;
        e
    }

    /// The memo slot of an error unwinding through a thunk: the one its
    /// propagation already has, or a new one holding its state now.
    fn memo_slot(&mut self, err: &mut Error) -> u32 {
        if let Some(s) = err.0.memo {
            return s;
        }
        let s = u32::try_from(self.failed.len()).unwrap_or(u32::MAX);
        err.0.memo = Some(s);
        self.failed.push(err.clone());
        s
    }

    /// Records an error where it stops unwinding (caught by `tryEval`, or handed
    /// to the host) as the one the thunks it failed raise again: C++ Nix memoises
    /// the exception object itself, which frames keep being added to until then.
    pub fn memoise_final(&mut self, err: &Error) {
        if let Some(s) = err.0.memo
            && let Some(slot) = self.failed.get_mut(s as usize)
        {
            *slot = err.clone();
        }
    }

    fn infinite_recursion(&mut self, pc: u32, t: ThunkId) -> Error {
        self.set_pc(pc);
        self.locate(Error::infinite_recursion(t), pc)
    }

    /// The slow path of [`Op::ForceArgIn`] at `at` (out of the interpreter loop): the
    /// builtin's frame starts, and the unevaluated thunk `t` on top of the stack is
    /// entered (execution then resumes at the `LeaveBuiltin` after `at`), is
    /// being evaluated (infinite recursion inside that frame, as [`Op::ForceArg`]),
    /// or failed before (its error again, inside that frame).
    #[inline(never)]
    fn force_arg_in(&mut self, builtin: u32, t: ThunkId, at: u32) -> EvalResult<()> {
        let frame = self.frames.len().saturating_sub(1) as u32;
        let call_pos = self.prog.pos_at(at);
        self.marks.push(Mark { frame, builtin, call_pos, pc: at });
        match self.heap.thunk(t) {
            Thunk::Pending { code, env } => {
                self.pop();
                self.set_pc(at + 1);
                self.enter_thunk(t, code, env, true);
                Ok(())
            }
            Thunk::Failed(slot) => Err(self.failed_at(at, slot)),
            Thunk::Blackhole | Thunk::Done(_) => {
                self.set_pc(at);
                Err(Error::infinite_recursion(t))
            }
        }
    }

    /// `Op::TypeIs`, out of the interpreter loop (whose code layout it would
    /// otherwise disturb: `fib` +1%).
    #[inline(never)]
    fn type_is(&mut self, t: Type) {
        let v = self.top();
        self.set_top(Value::Bool(self.heap.type_of(v) == t));
    }

    /// `v.name` for the selection at `at` (`Select`, `LocalSelect`): the entry its
    /// hint names first, then a search (see [`Vm::set_sel_hint`]); the error of
    /// [`Vm::select`] if `v` is not a set or lacks the name.
    #[inline(always)]
    fn select_hinted(&mut self, v: Value, name: Sym, at: u32, hint: u16) -> EvalResult<Value> {
        let hint = usize::from(hint);
        let found = match v {
            Value::Attrs(a) => self.heap.attr_value_at(a, name, hint),
            _ => None,
        };
        match found {
            Some((i, x)) => {
                if i != hint {
                    self.set_sel_hint(at, i);
                }
                Ok(x)
            }
            None => self.select(v, name, at),
        }
    }

    /// `v.name` for the selection at `at` with a default (`SelectOr`,
    /// `LocalSelectOr`): `None` if `v` is not a set or lacks the name.
    #[inline(always)]
    fn select_or_hinted(&mut self, v: Value, name: Sym, at: u32, hint: u16) -> Option<Value> {
        let Value::Attrs(a) = v else { return None };
        let hint = usize::from(hint);
        let Some((i, attr)) = self.heap.attr_at(a, name, hint) else {
            // a layer is searched apart (see `Heap::attr_at`), counting the read
            return self.heap.layer_value(a, name);
        };
        let x = attr.value;
        if i != hint {
            self.set_sel_hint(at, i);
        }
        Some(x)
    }

    /// Where the selection at `at` found its name last time (0 if never, or if the
    /// instruction there is no selection).
    pub(crate) fn sel_hint(&self, at: u32) -> usize {
        match self.prog.ops.get(at as usize) {
            Some(Op::Select(_, h) | Op::SelectOr(_, h) | Op::LocalSelect(_, h) | Op::LocalSelectOr(_, h)) => {
                usize::from(*h)
            }
            _ => 0,
        }
    }

    /// Records where the selection at `at` found its name, in the instruction
    /// itself (indexes past `u16` are not recorded: such sets are searched every
    /// time). Not observable: a hint is only where a search starts.
    #[inline(never)]
    pub(crate) fn set_sel_hint(&mut self, at: u32, i: usize) {
        let Ok(i) = u16::try_from(i) else { return };
        if let Some(Op::Select(_, h) | Op::SelectOr(_, h) | Op::LocalSelect(_, h) | Op::LocalSelectOr(_, h)) =
            self.prog.ops.get_mut(at as usize)
        {
            *h = i;
        }
    }

    /// The interpreter loop. Returns `Some(v)` when a value reaches a host frame.
    fn exec(&mut self) -> EvalResult<Option<Value>> {
        'outer: loop {
            self.tick()?;
            let (mut pc, env) = match self.frames.last() {
                Some(f) => (f.pc, f.env),
                None => return Err(Error::eval("internal error: no frame to run")),
            };
            loop {
                let at = pc;
                let op = match self.prog.ops.get(pc as usize) {
                    Some(op) => *op,
                    None => return Err(Error::eval("internal error: pc out of range")),
                };
                pc += 1;
                match op {
                    Op::Null => self.stack.push(Value::Null),
                    Op::True => self.stack.push(Value::Bool(true)),
                    Op::False => self.stack.push(Value::Bool(false)),
                    Op::Int(i) => self.stack.push(Value::Int(i as i64)),
                    Op::Const(c) => self.stack.push(self.prog.consts[c as usize]),
                    Op::Local(s) => {
                        let v = self.heap.slot(env, s);
                        let v = match v {
                            Value::Thunk(t) => match self.heap.thunk(t) {
                                Thunk::Done(x) => {
                                    self.heap.set_slot(env, s, x);
                                    x
                                }
                                _ => v,
                            },
                            v => v,
                        };
                        self.stack.push(v);
                    }
                    Op::Upvalue(u) => {
                        let e = self.heap.env_up(env, u.depth());
                        let v = self.heap.slot(e, u.slot());
                        self.stack.push(self.heap.resolve(v));
                    }
                    Op::UpvalueFar(i) => {
                        let Some(&(depth, slot)) = self.prog.far_vars.get(i as usize) else {
                            return Err(Error::eval("internal error: unknown variable"));
                        };
                        let e = self.heap.env_up(env, depth);
                        let v = self.heap.slot(e, slot);
                        self.stack.push(self.heap.resolve(v));
                    }
                    Op::LocalForce(s) => {
                        let v = self.heap.slot(env, s);
                        // a local slot keeps the value once evaluated (as `Local`)
                        let v = force_to_push!('outer, self, v, pc, at, |x| { self.heap.set_slot(env, s, x); });
                        self.stack.push(v);
                    }
                    Op::UpvalueForce(u) => {
                        let e = self.heap.env_up(env, u.depth());
                        let v = self.heap.slot(e, u.slot());
                        let v = force_to_push!('outer, self, v, pc, at);
                        self.stack.push(v);
                    }
                    Op::Global(g) => self.stack.push(self.globals[g as usize]),
                    Op::WithVar(i) => {
                        let n = self.prog.with_vars[i as usize].scopes.len();
                        let name = self.prog.with_vars[i as usize].name;
                        let mut found = None;
                        for j in 0..n {
                            let (depth, slot) = self.prog.with_vars[i as usize].scopes[j];
                            let e = self.heap.env_up(env, depth);
                            let ns = self.heap.slot(e, slot);
                            let ns = whnf!('outer, self, ns, at, false);
                            match ns {
                                Value::Attrs(a) => {
                                    if let Some(v) = self.heap.lookup(a, name) {
                                        found = Some(v);
                                        break;
                                    }
                                }
                                other => {
                                    // as Nix's lookupVar: the context is at the `with`
                                    let w = self.prog.with_vars[i as usize].positions.get(j).copied();
                                    let span = self.prog.span(w.unwrap_or(PosId::NONE));
                                    let e = self.expected("a set", other).unlocated();
                                    let msg = "while evaluating the first subexpression of a with expression";
                                    fail!(self, at, e.trace(span, msg));
                                }
                            }
                        }
                        match found {
                            Some(v) => self.stack.push(v),
                            None => {
                                let n = self.symbols.str(name).into_owned();
                                fail!(self, at, Error::eval(format!("undefined variable '{n}'")));
                            }
                        }
                    }
                    Op::Thunk(c) => {
                        let t = self.heap.alloc_thunk(Thunk::Pending { code: CodeId(c), env });
                        self.stack.push(Value::Thunk(t));
                    }
                    Op::ThunkOwn(c) => {
                        let t = self.heap.alloc_thunk(Thunk::Pending { code: CodeId(c), env });
                        self.stack.push(Value::Thunk(t));
                        self.mark_thunk_over_env(t);
                    }
                    Op::SpecThunk(i) => {
                        let v = match self.speculate(i, env) {
                            Some(v) => v,
                            None => {
                                let code = self.prog.specs[i as usize].code;
                                let t = self.heap.alloc_thunk(Thunk::Pending { code, env });
                                self.mark_thunk_over_env(t);
                                Value::Thunk(t)
                            }
                        };
                        self.stack.push(v);
                    }
                    Op::Closure(l) => self.stack.push(Value::Lambda(LambdaId(l), env)),
                    Op::EnterBuiltin(b) => {
                        let frame = self.frames.len().saturating_sub(1) as u32;
                        let pos = self.prog.pos_at(at);
                        self.marks.push(Mark { frame, builtin: b, call_pos: pos, pc: at });
                    }
                    Op::LeaveBuiltin => {
                        self.marks.pop();
                    }
                    Op::ForceArgIn(b) => {
                        let v = self.top();
                        let t = match v {
                            Value::Thunk(t) => match self.heap.thunk(t) {
                                Thunk::Done(x) => {
                                    self.set_top(x);
                                    pc += 1;
                                    continue;
                                }
                                _ => t,
                            },
                            _ => {
                                pc += 1;
                                continue;
                            }
                        };
                        self.force_arg_in(b, t, at)?;
                        continue 'outer;
                    }
                    Op::TypeIs(t) => self.type_is(t),
                    Op::CallInEnv(l) => {
                        // as the call `f x` of an apply thunk: no call site position,
                        // unless deep forcing gave it one (see `apply_site`)
                        let site = std::mem::replace(&mut self.apply_site, PosId::NONE);
                        self.set_pc(pc);
                        let r = self.enter_call(site);
                        tri!(self, at, r);
                        // the environment is the apply thunk's, made for this call alone
                        // (`lazy_apply`): once the call returns, the thunk holds its value
                        // and nothing else refers to the environment, so the call may give
                        // it back like any other (an error gives nothing back: the
                        // thunk keeps the error, or, stopped by a host limit, the
                        // environment to be retried)
                        self.push_call(LambdaId(l), env, self.stack.len(), true, site);
                        continue 'outer;
                    }
                    Op::StoreLocal(s) => {
                        let v = self.pop();
                        self.heap.set_slot(env, s, v);
                    }
                    Op::Pop => {
                        self.pop();
                    }
                    Op::Force | Op::ForceArg => {
                        let v = self.top();
                        if let Value::Thunk(t) = v {
                            match self.heap.thunk(t) {
                                Thunk::Done(x) => self.set_top(x),
                                Thunk::Pending { code, env: tenv } => {
                                    self.pop();
                                    self.set_pc(pc);
                                    self.enter_thunk(t, code, tenv, true);
                                    continue 'outer;
                                }
                                Thunk::Blackhole if matches!(op, Op::ForceArg) => {
                                    self.set_pc(at);
                                    return Err(Error::infinite_recursion(t));
                                }
                                Thunk::Blackhole => return Err(self.infinite_recursion(at, t)),
                                Thunk::Failed(slot) => return Err(self.failed_at(at, slot)),
                            }
                        }
                        // the end of an inlined call (its value, then its trace frame
                        // ends): both at once
                        if let Some(Op::LeaveBuiltin) = self.prog.ops.get(pc as usize) {
                            self.marks.pop();
                            pc += 1;
                        }
                    }
                    Op::Return => {
                        // a scalar result read in place (see comparisons)
                        let v = match self.stack.last() {
                            Some(&Value::Int(i)) => Value::Int(i),
                            Some(&Value::Bool(b)) => Value::Bool(b),
                            _ => {
                                let v = self.top();
                                whnf!('outer, self, v, at, false)
                            }
                        };
                        let push = loop {
                            let frame = match self.frames.pop() {
                                Some(f) => f,
                                None => {
                                    return Err(Error::eval("internal error: return without frame"));
                                }
                            };
                            self.stack.truncate(frame.base as usize);
                            match frame.kind {
                                FrameKind::Call { release, .. } => {
                                    self.call_depth = self.call_depth.saturating_sub(1);
                                    // (the scan of the thunks made over it only for the last
                                    // one: elsewhere it seldom finds them all evaluated, and
                                    // costs more than the environments it would give back)
                                    if release == RELEASE_ENV
                                        || (release != KEEP_ENV
                                            && self.heap.is_last_env(frame.env)
                                            && self.heap.thunks_settled(release, frame.env))
                                    {
                                        self.heap.release_env(frame.env);
                                    }
                                }
                                FrameKind::Thunk { thunk, .. } => {
                                    self.heap.set_thunk(thunk, Thunk::Done(v));
                                }
                                _ => {}
                            }
                            // fast path: back into the code frame below
                            if let Some(Frame { kind: FrameKind::Call { .. } | FrameKind::Thunk { .. }, pc, .. }) =
                                self.frames.last()
                            {
                                if frame.push {
                                    // that frame's next instruction returns the same
                                    // (evaluated) value: return from it here, without
                                    // pushing the value and dispatching once more
                                    if let Some(Op::Return) = self.prog.ops.get(*pc as usize) {
                                        continue;
                                    }
                                    self.stack.push(v);
                                }
                                continue 'outer;
                            }
                            // a builtin's strict argument evaluated: the call runs again
                            if let Some(Frame { kind: FrameKind::RetryCall { .. }, .. }) = self.frames.last() {
                                self.frames.pop();
                                continue 'outer;
                            }
                            // a builtin's callback returned (`map`, `filter`, …): its
                            // continuation goes on without a trip through the trampoline
                            if let Some(Frame { kind: FrameKind::Native { .. }, .. }) = self.frames.last() {
                                match self.resume_native(v)? {
                                    None => continue 'outer,
                                    Some(go) => match self.trampoline(Act::Go(go))? {
                                        None => continue 'outer,
                                        Some(v) => return Ok(Some(v)),
                                    },
                                }
                            }
                            break frame.push;
                        };
                        let act = Act::Go(Go::Deliver(v, push));
                        match self.trampoline(act)? {
                            None => continue 'outer,
                            Some(v) => return Ok(Some(v)),
                        }
                    }
                    Op::Jump(t) => pc = t,
                    Op::JumpIfFalse(t) => {
                        // the condition read in place (see comparisons)
                        if let Some(&Value::Bool(b)) = self.stack.last() {
                            self.stack.truncate(self.stack.len() - 1);
                            if !b {
                                pc = t;
                            }
                            continue;
                        }
                        let v = self.top();
                        let v = whnf!('outer, self, v, at, false);
                        match v {
                            Value::Bool(b) => {
                                self.pop();
                                if !b {
                                    pc = t;
                                }
                            }
                            other => {
                                let e = self.expected("a Boolean", other);
                                fail!(
                                    self,
                                    at,
                                    e.at(self.span_at(at))
                                        .trace(self.span_at(at), "while evaluating a branch condition")
                                );
                            }
                        }
                    }
                    Op::AndJump(t) | Op::OrJump(t) | Op::ImplJump(t) => {
                        let v = self.top();
                        let v = whnf!('outer, self, v, at, false);
                        let Value::Bool(b) = v else {
                            let which = match op {
                                Op::AndJump(_) => "in the left operand of '&&'",
                                Op::OrJump(_) => "in the left operand of '||'",
                                _ => "in the left operand of '->'",
                            };
                            let e = self.expected("a Boolean", v);
                            fail!(self, at, e.trace(self.span_at(at), which));
                        };
                        match op {
                            Op::AndJump(_) if !b => {
                                self.set_top(Value::Bool(false));
                                pc = t;
                            }
                            Op::OrJump(_) if b => {
                                self.set_top(Value::Bool(true));
                                pc = t;
                            }
                            Op::ImplJump(_) if !b => {
                                self.set_top(Value::Bool(true));
                                pc = t;
                            }
                            _ => {
                                self.pop();
                            }
                        }
                    }
                    Op::CheckBool(which) => {
                        let v = self.top();
                        let v = whnf!('outer, self, v, at, false);
                        match v {
                            Value::Bool(_) => self.set_top(v),
                            other => {
                                let w = match which {
                                    0 => "in the right operand of '&&'",
                                    1 => "in the right operand of '||'",
                                    _ => "in the right operand of '->'",
                                };
                                let e = self.expected("a Boolean", other);
                                fail!(self, at, e.trace(self.span_at(at), w));
                            }
                        }
                    }
                    Op::Assert(i) => {
                        let v = self.top();
                        let v = whnf!('outer, self, v, at, false);
                        match v {
                            Value::Bool(true) => {
                                self.pop();
                            }
                            Value::Bool(false) => {
                                let text = self.prog.asserts[i as usize].text.to_string();
                                tri!(
                                    self,
                                    at,
                                    Err(Error::new(ErrorKind::Assert, format!("assertion '{text}' failed")))
                                );
                            }
                            other => {
                                let cond = self.prog.span(self.prog.asserts[i as usize].cond_pos);
                                let e = self.expected("a Boolean", other);
                                fail!(self, at, e.at(cond).trace(cond, "in the condition of the assert statement"));
                            }
                        }
                    }
                    Op::AssertEq(i) => {
                        let len = self.stack.len();
                        let (a, b) = (self.stack[len - 2], self.stack[len - 1]);
                        self.stack.truncate(len - 2);
                        self.set_pc(pc);
                        let step = tri!(self, at, crate::eq::start(self, a, b, false));
                        let assert_pos = self.prog.pos_at(at);
                        let k = move |vm: &mut Vm, r: Value| -> EvalResult<Step> {
                            if let Value::Bool(true) = r {
                                return Ok(Step::Done(Value::Null));
                            }
                            Err(crate::eq::assertion_error(vm, a, b, i, assert_pos))
                        };
                        match self.trampoline(Act::Step(Step::Seq(Box::new(step), Box::new(k)), false))? {
                            None => continue 'outer,
                            Some(v) => return Ok(Some(v)),
                        }
                    }
                    Op::Call(n) => {
                        self.set_pc(pc);
                        // fast paths: a lambda taking all the arguments, a builtin
                        // whose strict arguments are evaluated and that finishes at once
                        let fpos = self.stack.len().checked_sub(n as usize + 1);
                        let f = match fpos.map(|i| self.stack[i]) {
                            Some(Value::Thunk(t)) => match self.heap.thunk(t) {
                                Thunk::Done(x) => x,
                                _ => Value::Null,
                            },
                            Some(x) => x,
                            None => Value::Null,
                        };
                        let direct = match (f, fpos) {
                            (Value::Lambda(first, fenv), Some(fpos)) => {
                                if self.enter_lambda_direct(first, fenv, fpos, n, at)? {
                                    continue 'outer;
                                }
                                Direct::No
                            }
                            (Value::Builtin(_) | Value::PrimOpApp(_), Some(fpos)) => {
                                self.call_builtin_direct(f, fpos, n, at)?
                            }
                            _ => Direct::No,
                        };
                        match direct {
                            Direct::No => {}
                            Direct::Value(v) => {
                                self.stack.push(v);
                                continue;
                            }
                            Direct::Entered => continue 'outer,
                            Direct::Act(act) => match self.trampoline(act)? {
                                None => continue 'outer,
                                Some(v) => return Ok(Some(v)),
                            },
                        }
                        match self.trampoline(Act::Go(Go::Call(n, true)))? {
                            None => continue 'outer,
                            Some(v) => return Ok(Some(v)),
                        }
                    }
                    Op::MakeList(n) => {
                        let start = self.stack.len() - n as usize;
                        let l = self.build_list(start);
                        self.stack.push(l);
                    }
                    Op::MakeAttrs(d) => {
                        let start = self.stack.len() - self.prog.attr_descs[d as usize].names.len();
                        let a = self.build_attrs(d, start);
                        self.stack.push(a);
                    }
                    Op::AddDynAttrs(d) => {
                        let n = self.prog.dyn_descs[d as usize].len();
                        let start = self.stack.len() - 2 * n;
                        // force all names first (rewinding keeps the stack intact)
                        for i in 0..n {
                            let nv = self.stack[start + 2 * i];
                            let nv = whnf!('outer, self, nv, at, false);
                            self.stack[start + 2 * i] = nv;
                        }
                        let r = self.add_dyn_attrs(d, start);
                        let a = tri!(self, at, r);
                        self.stack.truncate(start - 1);
                        self.stack.push(a);
                    }
                    Op::Overrides(o) => {
                        let r = self.apply_overrides(o, env, at);
                        match tri!(self, at, r) {
                            Some(v) => self.set_top(v),
                            None => {
                                self.set_pc(at);
                                match self.trampoline_pending()? {
                                    None => continue 'outer,
                                    Some(v) => return Ok(Some(v)),
                                }
                            }
                        }
                    }
                    Op::Select(s, hint) => {
                        let v = self.top();
                        let v = whnf!('outer, self, v, at, false);
                        let r = self.select_hinted(v, Sym(s), at, hint);
                        let x = tri!(self, at, r);
                        self.set_top(x);
                    }
                    Op::SelectOr(s, hint) => {
                        let v = self.top();
                        let v = whnf!('outer, self, v, at, false);
                        match self.select_or_hinted(v, Sym(s), at, hint) {
                            Some(x) => {
                                self.set_top(x);
                                pc += 1;
                            }
                            None => {
                                self.pop();
                            }
                        }
                    }
                    Op::LocalSelect(sn, hint) => {
                        let v = local_whnf!('outer, self, env, sn.slot(), at);
                        let r = self.select_hinted(v, sn.name(), at, hint);
                        let x = tri!(self, at, r);
                        self.stack.push(x);
                    }
                    Op::LocalSelectOr(sn, hint) => {
                        let v = local_whnf!('outer, self, env, sn.slot(), at);
                        if let Some(x) = self.select_or_hinted(v, sn.name(), at, hint) {
                            self.stack.push(x);
                            pc += 1;
                        }
                    }
                    Op::SelectDyn | Op::SelectDynOr => {
                        let len = self.stack.len();
                        let base = self.stack[len - 2];
                        let base = whnf!('outer, self, base, at, false);
                        let name = self.stack[len - 1];
                        let name = whnf!('outer, self, name, at, false);
                        let sym = tri!(self, at, self.attr_name(name));
                        self.stack.truncate(len - 1);
                        if matches!(op, Op::SelectDyn) {
                            let r = self.select(base, sym, at);
                            let x = tri!(self, at, r);
                            self.set_top(x);
                        } else {
                            match base {
                                Value::Attrs(a) => match self.heap.lookup(a, sym) {
                                    Some(x) => {
                                        self.set_top(x);
                                        pc += 1;
                                    }
                                    None => {
                                        self.pop();
                                    }
                                },
                                _ => {
                                    self.pop();
                                }
                            }
                        }
                    }
                    Op::HasAttrStep(s) | Op::HasAttrLast(s) => {
                        let v = self.top();
                        let v = whnf!('outer, self, v, at, false);
                        let found = match v {
                            Value::Attrs(a) => self.heap.lookup(a, Sym(s)),
                            _ => None,
                        };
                        if matches!(op, Op::HasAttrLast(_)) {
                            self.set_top(Value::Bool(found.is_some()));
                        } else {
                            match found {
                                Some(x) => {
                                    self.set_top(x);
                                    pc += 1;
                                }
                                None => {
                                    self.pop();
                                }
                            }
                        }
                    }
                    Op::HasAttrDynStep | Op::HasAttrDynLast => {
                        let len = self.stack.len();
                        let base = self.stack[len - 2];
                        let base = whnf!('outer, self, base, at, false);
                        let name = self.stack[len - 1];
                        let name = whnf!('outer, self, name, at, false);
                        let sym = tri!(self, at, self.attr_name(name));
                        self.stack.truncate(len - 1);
                        let found = match base {
                            Value::Attrs(a) => self.heap.lookup(a, sym),
                            _ => None,
                        };
                        if matches!(op, Op::HasAttrDynLast) {
                            self.set_top(Value::Bool(found.is_some()));
                        } else {
                            match found {
                                Some(x) => {
                                    self.set_top(x);
                                    pc += 1;
                                }
                                None => {
                                    self.pop();
                                }
                            }
                        }
                    }
                    Op::Lt | Op::Le | Op::Gt | Op::Ge => {
                        let len = self.stack.len();
                        // read the operands' parts in place: an operand pushed just
                        // before was written field by field, and a whole-value load
                        // of it cannot be forwarded from those stores
                        if let [.., Value::Int(x), Value::Int(y)] = self.stack[..] {
                            let r = match op {
                                Op::Lt => x < y,
                                Op::Le => x <= y,
                                Op::Gt => x > y,
                                _ => x >= y,
                            };
                            self.stack[len - 2] = Value::Bool(r);
                            self.stack.truncate(len - 1);
                            continue;
                        }
                        let a = self.stack[len - 2];
                        let b = self.stack[len - 1];
                        let a = whnf!('outer, self, a, at, false);
                        let b = whnf!('outer, self, b, at, false);
                        let p = match op {
                            Op::Lt => BinOp::Lt,
                            Op::Le => BinOp::Le,
                            Op::Gt => BinOp::Gt,
                            _ => BinOp::Ge,
                        };
                        if let Some(v) = crate::ops::prim_bin(&self.heap, p, a, b) {
                            self.stack.truncate(len - 2);
                            self.stack.push(v);
                            continue;
                        }
                        // a <= b is !(b < a); a > b is b < a; a >= b is !(a < b)
                        let (x, y, negate) = match op {
                            Op::Lt => (a, b, false),
                            Op::Gt => (b, a, false),
                            Op::Le => (b, a, true),
                            _ => (a, b, true),
                        };
                        let r = crate::eq::less_than(self, x, y).map_err(|e| self.as_primop_error(e, at, "lessThan"));
                        match tri!(self, at, r) {
                            Ok(r) => {
                                self.stack.truncate(len - 2);
                                self.stack.push(Value::Bool(r != negate));
                            }
                            Err(step) => {
                                self.stack.truncate(len - 2);
                                self.set_pc(pc);
                                let k = move |_vm: &mut Vm, r: Value| -> EvalResult<Step> {
                                    Ok(Step::Done(Value::Bool(matches!(r, Value::Bool(true)) != negate)))
                                };
                                match self.trampoline(Act::Step(Step::Seq(Box::new(step), Box::new(k)), true))? {
                                    None => continue 'outer,
                                    Some(v) => return Ok(Some(v)),
                                }
                            }
                        }
                    }
                    Op::Add(_) | Op::Sub | Op::Mul | Op::Div | Op::Concat | Op::Update => {
                        let len = self.stack.len();
                        // operands read in place (as for comparisons)
                        if let [.., Value::Int(x), Value::Int(y)] = self.stack[..] {
                            let r = match op {
                                Op::Add(_) => x.checked_add(y),
                                Op::Sub => x.checked_sub(y),
                                Op::Mul => x.checked_mul(y),
                                _ => None,
                            };
                            if let Some(r) = r {
                                self.stack[len - 2] = Value::Int(r);
                                self.stack.truncate(len - 1);
                                continue;
                            }
                        }
                        let a = self.stack[len - 2];
                        let b = self.stack[len - 1];
                        let a = whnf!('outer, self, a, at, false);
                        let b = whnf!('outer, self, b, at, false);
                        let p = match op {
                            Op::Add(_) => Some(BinOp::Add),
                            Op::Sub => Some(BinOp::Sub),
                            Op::Mul => Some(BinOp::Mul),
                            Op::Div => Some(BinOp::Div),
                            _ => None,
                        };
                        if let Some(v) = p.and_then(|p| crate::ops::prim_bin(&self.heap, p, a, b)) {
                            self.stack.truncate(len - 2);
                            self.stack.push(v);
                            continue;
                        }
                        let r = match op {
                            Op::Add(i) => self.add(a, b, len - 2, i),
                            Op::Sub => self.arith_op(a, b, crate::ops::Arith::Sub, at),
                            Op::Mul => self.arith_op(a, b, crate::ops::Arith::Mul, at),
                            Op::Div => self.arith_op(a, b, crate::ops::Arith::Div, at),
                            Op::Concat => self.concat(a, b, at).map(Some),
                            _ => self.update(a, b).map(Some),
                        };
                        match tri!(self, at, r) {
                            Some(v) => {
                                self.stack.truncate(len - 2);
                                self.stack.push(v);
                            }
                            None => {
                                // a continuation was started (coercion or list comparison);
                                // the instruction runs again when it completes
                                self.set_pc(at);
                                match self.trampoline_pending()? {
                                    None => continue 'outer,
                                    Some(v) => return Ok(Some(v)),
                                }
                            }
                        }
                    }
                    Op::Eq | Op::Neq => {
                        let len = self.stack.len();
                        // integers read in place (see comparisons)
                        if let [.., Value::Int(x), Value::Int(y)] = self.stack[..] {
                            self.stack[len - 2] = Value::Bool((x == y) == matches!(op, Op::Eq));
                            self.stack.truncate(len - 1);
                            continue;
                        }
                        // and strings (`t == "override"`): no forcing, no general case
                        if let [.., Value::String(x), Value::String(y)] = self.stack[..] {
                            self.stack[len - 2] = Value::Bool(self.heap.str_eq(x, y) == matches!(op, Op::Eq));
                            self.stack.truncate(len - 1);
                            continue;
                        }
                        let a = self.stack[len - 2];
                        let b = self.stack[len - 1];
                        // both operands are evaluated first, left to right, as in Nix
                        let a = whnf!('outer, self, a, at, false);
                        let b = whnf!('outer, self, b, at, false);
                        // decided in place when it can be, without a step through
                        // the trampoline
                        let quick = match crate::eq::decided_without_elements(a, b) {
                            Some(eq) => Some(Value::Bool(eq == matches!(op, Op::Eq))),
                            None => {
                                let p = if matches!(op, Op::Eq) { BinOp::Eq } else { BinOp::Neq };
                                crate::ops::prim_bin(&self.heap, p, a, b)
                            }
                        };
                        if let Some(v) = quick {
                            self.stack.truncate(len - 2);
                            self.stack.push(v);
                            continue;
                        }
                        self.stack.truncate(len - 2);
                        self.set_pc(pc);
                        let step = crate::eq::start(self, a, b, matches!(op, Op::Neq));
                        let step = tri!(self, at, step);
                        match self.trampoline(Act::Step(step, true))? {
                            None => continue 'outer,
                            Some(v) => return Ok(Some(v)),
                        }
                    }
                    Op::EqConst(c) | Op::NeqConst(c) => {
                        let eq = match (self.stack.last(), self.prog.consts.get(c as usize)) {
                            (Some(&Value::String(x)), Some(&Value::String(y))) => self.heap.str_eq(x, y),
                            (Some(&Value::Int(x)), Some(&Value::Int(y))) => x == y,
                            _ => match self.eq_const_slow(c) {
                                Some(eq) => eq,
                                None => {
                                    // an unevaluated left operand: evaluated, then this
                                    // instruction runs again (`whnf!` enters it or
                                    // fails; it gives back no value here, since
                                    // `eq_const_slow` decides every other operand)
                                    let a = self.top();
                                    let _ = whnf!('outer, self, a, at, false);
                                    return Err(Error::eval("internal error: no operand to compare"));
                                }
                            },
                        };
                        let r = eq == matches!(op, Op::EqConst(_));
                        // a condition: jump (or not) at once
                        if let Some(&Op::JumpIfFalse(t)) = self.prog.ops.get(pc as usize) {
                            self.stack.pop();
                            pc = if r { pc + 1 } else { t };
                        } else {
                            self.set_top(Value::Bool(r));
                        }
                    }
                    Op::Not => {
                        // read in place (see comparisons)
                        if let Some(&Value::Bool(b)) = self.stack.last() {
                            self.set_top(Value::Bool(!b));
                            continue;
                        }
                        let v = self.top();
                        let v = whnf!('outer, self, v, at, false);
                        match v {
                            Value::Bool(b) => self.set_top(Value::Bool(!b)),
                            other => {
                                let e = self.expected("a Boolean", other);
                                fail!(
                                    self,
                                    at,
                                    e.at(self.span_at(at)).trace(self.span_at(at), "in the argument of '!'")
                                );
                            }
                        }
                    }
                    Op::Neg => {
                        let v = self.top();
                        let v = whnf!('outer, self, v, at, false);
                        // `-e` is `__sub 0 e` in Nix
                        let r = self.arith(Value::Int(0), v, crate::ops::Arith::Sub);
                        let r = r.map_err(|e| self.as_primop_error(e, at, "sub"));
                        let x = tri!(self, at, r);
                        self.set_top(x);
                    }
                    Op::Interp(i) | Op::PathInterp(i) => {
                        let n = self.prog.interps.get(i as usize).map(|p| p.len()).unwrap_or(0);
                        let start = self.stack.len() - n;
                        for k in 0..n {
                            let v = self.stack[start + k];
                            let v = whnf!('outer, self, v, at, false);
                            self.stack[start + k] = v;
                        }
                        let r = self.interpolate(start, matches!(op, Op::PathInterp(_)), i);
                        match tri!(self, at, r) {
                            Some(v) => {
                                self.stack.truncate(start);
                                self.stack.push(v);
                            }
                            None => {
                                self.set_pc(at);
                                match self.trampoline_pending()? {
                                    None => continue 'outer,
                                    Some(v) => return Ok(Some(v)),
                                }
                            }
                        }
                    }
                    Op::Formals(f) => {
                        let arg = self.heap.slot(env, 0);
                        let arg = whnf!('outer, self, arg, at, false);
                        let r = self.bind_formals(f, env, arg);
                        tri!(self, at, r);
                    }
                }
            }
        }
    }

    /// The operand-stack value at `i`.
    pub(crate) fn stack_at(&self, i: usize) -> Value {
        self.stack.get(i).copied().unwrap_or(Value::Null)
    }

    /// Overwrites the operand-stack value at `i`.
    pub(crate) fn set_stack_at(&mut self, i: usize, v: Value) {
        if let Some(s) = self.stack.get_mut(i) {
            *s = v;
        }
    }

    /// Height of the operand stack.
    pub(crate) fn stack_len(&self) -> usize {
        self.stack.len()
    }

    /// The value on top of the operand stack.
    pub(crate) fn top_value(&self) -> Value {
        self.top()
    }

    /// Registers a continuation started by an instruction helper; the instruction
    /// is re-executed when it finishes (its result is not pushed).
    pub(crate) fn begin(&mut self, step: Step) {
        self.pending_act = Some(Act::Step(step, false));
    }

    #[inline]
    fn pop(&mut self) -> Value {
        self.stack.pop().unwrap_or(Value::Null)
    }

    #[inline]
    fn top(&self) -> Value {
        self.stack.last().copied().unwrap_or(Value::Null)
    }

    #[inline]
    fn set_top(&mut self, v: Value) {
        if let Some(t) = self.stack.last_mut() {
            *t = v;
        }
    }

    // ---------------------------------------------------------------- trampoline

    /// A continuation frame was pushed by an instruction helper: start it.
    fn trampoline_pending(&mut self) -> EvalResult<Option<Value>> {
        match self.pending_act.take() {
            Some(a) => self.trampoline(a),
            None => Ok(None),
        }
    }

    /// Pushes a frame that runs no code (a continuation, a retry, a builtin's
    /// trace frame) over the operand stack as it is now.
    #[inline]
    fn push_marker(&mut self, push: bool, kind: FrameKind) {
        self.frames.push(Frame { pc: 0, env: EnvId::EMPTY, base: self.stack.len() as u32, push, kind });
    }

    /// Pushes a native continuation frame.
    pub(crate) fn push_native(&mut self, k: Box<dyn Cont>, push: bool, builtin: u32, call_pos: PosId) {
        self.push_marker(push, FrameKind::Native { builtin, call_pos, again: false });
        self.conts.push(k);
    }

    fn trampoline(&mut self, act: Act) -> EvalResult<Option<Value>> {
        let mut go = match act {
            Act::Go(g) => g,
            Act::Step(step, push) => match self.do_step(step, push)? {
                Some(g) => g,
                None => return Ok(None),
            },
        };
        loop {
            self.tick()?;
            go = match go {
                Go::Deliver(v, push) => {
                    let Some(top) = self.frames.last() else {
                        return Ok(Some(v));
                    };
                    match top.kind {
                        FrameKind::Call { .. } | FrameKind::Thunk { .. } => {
                            if push {
                                self.stack.push(v);
                            }
                            return Ok(None);
                        }
                        FrameKind::Host => {
                            let f = self.frames.pop();
                            if let Some(f) = f {
                                self.stack.truncate(f.base as usize);
                            }
                            return Ok(Some(v));
                        }
                        FrameKind::Retry { nargs, .. } => {
                            let f = self.frames.pop().map(|f| f.push).unwrap_or(true);
                            Go::Call(nargs, f)
                        }
                        FrameKind::RetryCall { .. } => {
                            // the argument is evaluated: back to the call instruction
                            self.frames.pop();
                            return Ok(None);
                        }
                        FrameKind::InBuiltin { .. } => {
                            let Some(f) = self.frames.pop() else { return Ok(None) };
                            self.stack.truncate(f.base as usize);
                            Go::Deliver(v, f.push)
                        }
                        FrameKind::Pending { .. } => {
                            let Some(top) = self.frames.last_mut() else { return Ok(None) };
                            let base = top.base;
                            let FrameKind::Pending { ret, next, .. } = &mut top.kind else { return Ok(None) };
                            if *next < base {
                                // apply the result to the next argument
                                let a = self.stack[*next as usize];
                                *next += 1;
                                self.stack.truncate(base as usize);
                                self.stack.push(v);
                                self.stack.push(a);
                                Go::Call(1, true)
                            } else {
                                let (ret, push) = (*ret, top.push);
                                self.frames.pop();
                                self.stack.truncate(ret as usize);
                                Go::Deliver(v, push)
                            }
                        }
                        FrameKind::Native { .. } => match self.resume_native(v)? {
                            Some(g) => g,
                            None => return Ok(None),
                        },
                    }
                }
                Go::Call(n, push) => match self.call_value(n, push)? {
                    Some(g) => g,
                    None => return Ok(None),
                },
            };
        }
    }

    /// Delivers `v` to the builtin continuation whose frame is on top: pops both,
    /// resumes it and starts the step it returns (see [`Vm::do_step`]).
    ///
    /// A continuation that calls a function once per element ([`Cont::again`])
    /// keeps its frame when it calls a lambda again: the call is entered above it.
    fn resume_native(&mut self, v: Value) -> EvalResult<Option<Go>> {
        if let Some(Frame { kind: FrameKind::Native { again: true, .. }, .. }) = self.frames.last() {
            return self.resume_again(v);
        }
        let Some(frame) = self.frames.pop() else {
            return Ok(None);
        };
        self.stack.truncate(frame.base as usize);
        let FrameKind::Native { builtin, call_pos, .. } = frame.kind else {
            return Ok(None);
        };
        let Some(k) = self.conts.pop() else {
            return Err(Error::eval("internal error: continuation frame without continuation"));
        };
        let step = k.resume(self, v).map_err(|e| self.builtin_context(e, builtin, call_pos))?;
        self.do_step(step, frame.push)
    }

    /// [`Vm::resume_native`] for a frame a [`Step::Each`] pushed: the continuation
    /// takes the value through [`Cont::again`], and when it calls a lambda again
    /// its frame stays and the call is entered above it.
    #[inline(never)]
    fn resume_again(&mut self, v: Value) -> EvalResult<Option<Go>> {
        let Some(&Frame { base, kind: FrameKind::Native { builtin, call_pos, .. }, .. }) = self.frames.last() else {
            return Ok(None);
        };
        self.stack.truncate(base as usize);
        let Some(mut k) = self.conts.pop() else {
            return Err(Error::eval("internal error: continuation frame without continuation"));
        };
        let again = match k.again(self, v) {
            // the continuation goes back on its (kept) frame, the call above it
            Ok(Again::Call(Value::Lambda(first, cenv), args)) => match self.enter_simple_callback(first, cenv, &args) {
                Ok(false) => Ok(Again::Call(Value::Lambda(first, cenv), args)),
                entered => {
                    self.conts.push(k);
                    return entered.map(|_| None);
                }
            },
            other => other,
        };
        // otherwise as for any continuation: the frame goes first
        let push = self.frames.pop().is_some_and(|f| f.push);
        let step = match again {
            Ok(Again::Call(f, args)) => Ok(Step::Each(f, args, k)),
            Ok(Again::Done(v)) => Ok(Step::Done(v)),
            Ok(Again::Seq(step)) => Ok(Step::Seq(step, k)),
            Ok(Again::Resume(v)) => k.resume(self, v),
            Err(e) => Err(e),
        };
        let step = step.map_err(|e| self.builtin_context(e, builtin, call_pos))?;
        self.do_step(step, push)
    }

    /// Delivers `v` in weak head normal form: at once if it is evaluated, else by
    /// entering its thunk (`None`).
    #[inline]
    fn deliver_forced(&mut self, v: Value, push: bool) -> EvalResult<Option<Go>> {
        match v {
            Value::Thunk(t) => match self.heap.thunk(t) {
                Thunk::Done(x) => Ok(Some(Go::Deliver(x, push))),
                Thunk::Pending { code, env } => {
                    self.enter_thunk(t, code, env, push);
                    Ok(None)
                }
                Thunk::Blackhole => Err(Error::infinite_recursion(t)),
                Thunk::Failed(slot) => Err(self.failed_error(slot)),
            },
            v => Ok(Some(Go::Deliver(v, push))),
        }
    }

    /// Continues a builtin with a result it already has: `then(vm, x)` at once,
    /// unless [`MAX_DIRECT_NESTING`] continuations are already running inside one
    /// another that way; then `then` is returned as a step the trampoline resumes.
    ///
    /// A builtin walking a list often continues with the next element from the
    /// continuation of the previous one, and when every element is ready each
    /// continuation would call the next natively: without the bound, a long list
    /// of evaluated strings (`concatStringsSep`) overflowed the Rust stack.
    pub fn continue_now<T: 'static>(
        &mut self,
        x: T,
        then: impl FnOnce(&mut Vm, T) -> EvalResult<Step> + 'static,
    ) -> EvalResult<Step> {
        if self.direct_nesting >= MAX_DIRECT_NESTING {
            return Ok(Step::Force(Value::Null, Box::new(move |vm: &mut Vm, _: Value| then(vm, x))));
        }
        self.direct_nesting += 1;
        let r = then(self, x);
        self.direct_nesting -= 1;
        r
    }

    /// Starts a builtin's step: pushes its continuations and returns what the
    /// trampoline does next, or `None` if a code frame was entered. Kept out of the
    /// trampoline's loop state so that the state stays small (a `Step` is ~100 bytes).
    fn do_step(&mut self, mut step: Step, mut push: bool) -> EvalResult<Option<Go>> {
        loop {
            match step {
                Step::Done(v) => return self.deliver_forced(v, push),
                Step::Force(x, k) => {
                    self.push_native(k, push, u32::MAX, PosId::NONE);
                    return self.deliver_forced(x, true);
                }
                Step::Call(f, args, k) => return self.start_callback(f, args, k, push, false),
                Step::Each(f, args, k) => return self.start_callback(f, args, k, push, true),
                Step::TailCall(f, args) => {
                    self.stack.push(f);
                    self.stack.extend_from_slice(args.as_slice());
                    return Ok(Some(Go::Call(args.n as u32, push)));
                }
                Step::Seq(inner, k) => {
                    self.push_native(k, push, u32::MAX, PosId::NONE);
                    step = *inner;
                    push = true;
                }
            }
        }
    }

    /// Starts a builtin's call of `f` ([`Step::Call`], or [`Step::Each`] if
    /// `again`): pushes the continuation's frame, then enters the call above it.
    #[inline(always)]
    fn start_callback(
        &mut self,
        f: Value,
        args: Args,
        k: Box<dyn Cont>,
        push: bool,
        again: bool,
    ) -> EvalResult<Option<Go>> {
        self.push_marker(push, FrameKind::Native { builtin: u32::MAX, call_pos: PosId::NONE, again });
        self.conts.push(k);
        // the usual callback, a lambda taking exactly the arguments
        // (`map (x: …)`, `sort (a: b: …)`): entered here as `call_value`
        // would enter it, without the trampoline's round trip
        if let Value::Lambda(first, cenv) = f
            && self.enter_simple_callback(first, cenv, &args)?
        {
            return Ok(None);
        }
        if let Value::Lambda(first, cenv) = f
            && self.chain_takes(first, args.as_slice().len())
        {
            let a = args.as_slice();
            let (l, env, _) = self.bind_chain(first, cenv, a.len(), |_, i| a.get(i).copied().unwrap_or(Value::Null));
            self.enter_call(PosId::NONE)?;
            let base = self.stack.len();
            self.push_call(l, env, base, true, PosId::NONE);
            return Ok(None);
        }
        self.stack.push(f);
        self.stack.extend_from_slice(args.as_slice());
        Ok(Some(Go::Call(args.n as u32, true)))
    }

    /// The two most frequent callbacks, entered without `bind_chain`'s walk: `x: …`
    /// with one argument (`map`, `filter`), and `a: b: …` whose inner lambda shares
    /// the outer one's environment with two (`foldl'`, `sort`). Binds the arguments
    /// as `bind_chain` would and pushes the call's frame above the stack's top;
    /// false (nothing changed) for any other callback.
    #[inline(always)]
    fn enter_simple_callback(&mut self, first: LambdaId, cenv: EnvId, args: &Args) -> EvalResult<bool> {
        let Some(info) = self.prog.lambdas.get(first.0 as usize) else { return Ok(false) };
        if info.chained {
            return Ok(false);
        }
        let nslots = info.nslots.max(1);
        // the lambda whose body runs, with its entry and release mark (read here,
        // not looked up again as `push_call` would)
        let (l, pc, release, env) = match *args.as_slice() {
            [x] => {
                let (pc, release) = (info.entry, info.release_mark);
                (first, pc, release, self.heap.alloc_env_with(cenv, nslots, x))
            }
            [x, y] => {
                let Some(inner) = info.body_lambda else { return Ok(false) };
                let Some(ii) = self.prog.lambdas.get(inner.0 as usize) else { return Ok(false) };
                if !ii.chained {
                    return Ok(false);
                }
                let (slot, pc, release) = (ii.param_slot, ii.entry, ii.release_mark);
                let env = self.heap.alloc_env_with(cenv, nslots, x);
                self.heap.set_slot(env, slot, y);
                (inner, pc, release, env)
            }
            _ => return Ok(false),
        };
        self.enter_call(PosId::NONE)?;
        let base = self.stack.len() as u32;
        let kind = FrameKind::Call { lambda: l, call_pos: PosId::NONE, release };
        self.frames.push(Frame { pc, env, base, push: true, kind });
        Ok(true)
    }

    /// `Op::Call` at `at` of builtin (or partial application) `f`, at stack position
    /// `fpos` below its `n` arguments, when it gets all its arguments, the strict
    /// ones already evaluated. `Direct::No` (nothing changed) otherwise.
    #[inline]
    fn call_builtin_direct(&mut self, f: Value, fpos: usize, n: u32, at: u32) -> EvalResult<Direct> {
        let n_us = n as usize;
        let (b, prior, have) = match f {
            Value::Builtin(b) => (b, [Value::Null; 3], 0usize),
            Value::PrimOpApp(app) => {
                let app = self.heap.app(app);
                (app.builtin, app.args, app.nargs as usize)
            }
            _ => return Ok(Direct::No),
        };
        // (the fields the call needs, not the whole declaration with its texts)
        let Some(&Builtin { arity, strict, func, .. }) = self.builtins.get(b as usize) else {
            return Ok(Direct::No);
        };
        let arity = arity as usize;
        if have + n_us != arity {
            return Ok(Direct::No);
        }
        let mut args = prior;
        let (Some(to), Some(from)) = (args.get_mut(have..arity), self.stack.get(fpos + 1..)) else {
            return Ok(Direct::No);
        };
        for (a, v) in to.iter_mut().zip(from) {
            *a = *v;
        }
        for (i, arg) in args.iter_mut().enumerate().take(arity) {
            if let Value::Thunk(t) = *arg {
                match self.heap.thunk(t) {
                    Thunk::Done(x) => *arg = x,
                    Thunk::Pending { code, env } if strict & (1 << i) != 0 => {
                        // evaluate it, then run this call instruction again (the
                        // callee and arguments stay on the stack meanwhile)
                        self.set_pc(at);
                        let call_pos = self.prog.pos_at(at);
                        self.push_marker(false, FrameKind::RetryCall { builtin: b, call_pos });
                        self.enter_thunk(t, code, env, false);
                        return Ok(Direct::Entered);
                    }
                    _ if strict & (1 << i) != 0 => return Ok(Direct::No),
                    _ => {}
                }
            }
        }
        // the call instruction's own position (`caller_pos` of the frame running it)
        let call_pos = self.prog.pos_at(at);
        self.stack.truncate(fpos);
        let step = func(self, &args[..arity]).map_err(|e| self.builtin_context(e, b, call_pos))?;
        match step {
            Step::Done(Value::Thunk(t)) => match self.heap.thunk(t) {
                Thunk::Done(x) => Ok(Direct::Value(x)),
                Thunk::Pending { code, env } => {
                    self.enter_thunk(t, code, env, true);
                    Ok(Direct::Entered)
                }
                Thunk::Blackhole => Err(Error::infinite_recursion(t)),
                Thunk::Failed(slot) => Err(self.failed_error(slot)),
            },
            Step::Done(v) => Ok(Direct::Value(v)),
            step => {
                // the builtin suspended itself: errors from its continuations still belong to it
                self.push_marker(true, FrameKind::InBuiltin { builtin: b, call_pos });
                Ok(Direct::Act(Act::Step(step, true)))
            }
        }
    }

    /// [`Op::EqConst`] `c` of the value on top of the stack, out of the interpreter
    /// loop (whose code generation is sensitive to its size): `None` while that
    /// value is an unevaluated thunk. The constant is a scalar (the compiler fuses
    /// no other, [`Value::is_scalar`]), so it equals a scalar as
    /// [`crate::ops::prim_bin`] decides and nothing else, as in Nix.
    #[inline(never)]
    fn eq_const_slow(&self, c: u32) -> Option<bool> {
        // (an empty stack, which the compiler never leaves here, reads as `null`
        // rather than as an operand still to evaluate)
        let a = self.heap.resolve(self.top());
        if let Value::Thunk(_) = a {
            return None;
        }
        let k = self.prog.consts.get(c as usize).copied().unwrap_or(Value::Null);
        Some(matches!(crate::ops::prim_bin(&self.heap, BinOp::Eq, a, k), Some(Value::Bool(true))))
    }

    /// `Op::Call` at `at` of lambda `first` closed over `first_env` (at stack
    /// position `fpos`, a value or an evaluated thunk) whose curried parameters take
    /// exactly the `n` arguments above it: binds them and pushes its frame. Returns
    /// false, changing nothing, for every other case (handled by `call_value`).
    #[inline(always)]
    fn enter_lambda_direct(
        &mut self,
        first: LambdaId,
        first_env: EnvId,
        fpos: usize,
        n: u32,
        at: u32,
    ) -> EvalResult<bool> {
        let n_us = n as usize;
        // the call instruction's own position (`caller_pos` of the frame running it)
        let call_pos = self.prog.pos_at(at);
        if n == 1
            && let Some(info) = self.prog.lambdas.get(first.0 as usize)
            && !info.chained
        {
            // the most frequent call: one lambda, one argument
            let (nslots, entry, release) = (info.nslots.max(1), info.entry, info.release_mark);
            self.enter_call(call_pos)?;
            let env = self.heap.alloc_env_with(first_env, nslots, self.stack[fpos + 1]);
            self.stack.truncate(fpos);
            let kind = FrameKind::Call { lambda: first, call_pos, release };
            self.frames.push(Frame { pc: entry, env, base: fpos as u32, push: true, kind });
            return Ok(true);
        }
        if !self.chain_takes(first, n_us) {
            return Ok(false);
        }
        let (l, env, _) = self.bind_chain(first, first_env, n_us, |vm, i| vm.stack[fpos + 1 + i]);
        self.enter_call(call_pos)?;
        self.stack.truncate(fpos);
        self.push_call(l, env, fpos, true, call_pos);
        Ok(true)
    }

    /// Whether the curried chain starting at `first` (see `LambdaInfo::body_lambda`)
    /// takes exactly `n` arguments (n ≥ 1) before running a body.
    fn chain_takes(&self, first: LambdaId, n: usize) -> bool {
        let mut l = first;
        for _ in 1..n {
            match self.prog.lambdas.get(l.0 as usize).and_then(|i| i.body_lambda) {
                Some(inner) => l = inner,
                None => return false,
            }
        }
        n >= 1
    }

    /// Binds arguments along the curried chain starting at `first` (closed over
    /// `cenv`), argument `i` (`arg(vm, i)`) in the parameter slot of the chain's
    /// `i`th lambda, for as many of the `n` arguments as the chain takes: a new
    /// environment for the first lambda (a copy of `cenv` when it is chained, see
    /// `LambdaInfo::chained`), then the same one for each chained lambda after it
    /// and a new one for any other. Returns the lambda whose body runs, its
    /// environment, and the number of arguments used.
    #[inline(always)]
    fn bind_chain(
        &mut self,
        first: LambdaId,
        cenv: EnvId,
        n: usize,
        arg: impl Fn(&Vm, usize) -> Value,
    ) -> (LambdaId, EnvId, usize) {
        let (mut l, mut env) = (first, cenv);
        let mut used = 0;
        loop {
            let (nslots, inner, slot, chained) = self
                .prog
                .lambdas
                .get(l.0 as usize)
                .map_or((1, None, 0, false), |i| (i.nslots.max(1), i.body_lambda, i.param_slot, i.chained));
            let a = arg(self, used);
            if !chained {
                env = self.heap.alloc_env_with(env, nslots, a);
            } else {
                if used == 0 {
                    // the closure of a partial application: its environment is
                    // that call's, which other calls of the closure share
                    env = self.heap.copy_env(env, nslots);
                }
                self.heap.set_slot(env, slot, a);
            }
            used += 1;
            match inner {
                Some(inner) if used < n => l = inner,
                _ => return (l, env, used),
            }
        }
    }

    /// Pushes the frame of a call of lambda `l` in `env` (arguments bound). `env`
    /// was made for this call alone (`bind_chain`, also through an apply thunk's
    /// `lazy_apply`), so the call may give it back on return if the lambda's body
    /// lets it (`LambdaInfo::release_mark`).
    #[inline(always)]
    fn push_call(&mut self, l: LambdaId, env: EnvId, base: usize, push: bool, call_pos: PosId) {
        let (pc, release) = self.prog.lambdas.get(l.0 as usize).map_or((0, KEEP_ENV), |i| (i.entry, i.release_mark));
        let kind = FrameKind::Call { lambda: l, call_pos, release };
        self.frames.push(Frame { pc, env, base: base as u32, push, kind });
    }

    /// Thunk `t` was made over the environment of the frame on top: if that is a
    /// call that may give its environment back and this is the first such thunk,
    /// its return checks the thunks from `t` on.
    #[inline]
    fn mark_thunk_over_env(&mut self, t: ThunkId) {
        if let Some(Frame { kind: FrameKind::Call { release, .. }, .. }) = self.frames.last_mut()
            && *release == RELEASE_ENV
        {
            *release = scan_from(t.0);
        }
    }

    /// Counts a call frame against `max-call-depth`.
    #[inline(always)]
    fn enter_call(&mut self, call_pos: PosId) -> EvalResult<()> {
        self.call_depth += 1;
        if self.call_depth > self.opts.max_call_depth {
            self.call_depth -= 1;
            let e = Error::stack_overflow();
            return Err(e.at(self.prog.span(call_pos)));
        }
        Ok(())
    }

    /// A function at `fpos` takes `used` of the arguments above it: remember where
    /// the others are, to apply its result to them one by one.
    fn push_pending(&mut self, fpos: usize, used: usize, call_pos: PosId, push: bool) {
        let base = self.stack.len() as u32;
        self.frames.push(Frame {
            pc: 0,
            env: EnvId::EMPTY,
            base,
            push,
            kind: FrameKind::Pending { ret: fpos as u32, next: (fpos + 1 + used) as u32, call_pos },
        });
    }

    /// Performs a call of the function below the top `n` stack values. Returns the
    /// next action, or `None` if a code frame was entered.
    fn call_value(&mut self, n: u32, push: bool) -> EvalResult<Option<Go>> {
        let n_us = n as usize;
        let len = self.stack.len();
        if len < n_us + 1 {
            return Err(Error::eval("internal error: call without function"));
        }
        let fpos = len - n_us - 1;
        let f = self.stack[fpos];
        let f = match f {
            Value::Thunk(t) => match self.heap.thunk(t) {
                Thunk::Done(x) => x,
                Thunk::Pending { code, env } => {
                    self.frames.push(Frame {
                        pc: 0,
                        env: EnvId::EMPTY,
                        base: len as u32,
                        push,
                        kind: FrameKind::Retry { nargs: n, builtin: u32::MAX, call_pos: PosId::NONE },
                    });
                    self.enter_thunk(t, code, env, false);
                    return Ok(None);
                }
                Thunk::Blackhole => {
                    return Err(Error::infinite_recursion(t));
                }
                Thunk::Failed(slot) => return Err(self.failed_error(slot)),
            },
            x => x,
        };
        if n == 0 {
            self.stack.truncate(fpos);
            return Ok(Some(Go::Deliver(f, push)));
        }
        match f {
            Value::Lambda(first, cenv) => {
                let call_pos = self.caller_pos();
                // `a: b: body` applied to several arguments: the outer bodies only
                // build the inner closures, so bind the arguments directly
                let (l, env, used) = self.bind_chain(first, cenv, n_us, |vm, i| vm.stack[fpos + 1 + i]);
                self.enter_call(call_pos)?;
                let base = if used < n_us {
                    self.push_pending(fpos, used, call_pos, push);
                    len
                } else {
                    self.stack.truncate(fpos);
                    fpos
                };
                self.push_call(l, env, base, push || used < n_us, call_pos);
                Ok(None)
            }
            Value::Builtin(b) => self.call_builtin(b, &[], fpos, n, push),
            Value::PrimOpApp(app) => {
                let app = self.heap.app(app);
                let have = app.nargs as usize;
                self.call_builtin(app.builtin, &app.args[..have], fpos, n, push)
            }
            Value::Attrs(a) => match self.heap.attr(a, self.known.functor) {
                Some(functor) => {
                    let (functor, functor_pos) = (functor.value, functor.pos);
                    // as Nix: the functor is called from its attribute's position, and
                    // errors name the functor call at the call site
                    let call_pos = self.caller_pos();
                    let call = self.prog.span(call_pos);
                    // counted against max-call-depth like the call it is (a functor
                    // returning its own set would otherwise nest frames without end);
                    // `FunctorCall` gives the depth back when its frame goes
                    self.enter_call(call_pos)?;
                    self.push_native(Box::new(FunctorCall { call }), push, u32::MAX, functor_pos);
                    self.stack.insert(fpos, functor);
                    Ok(Some(Go::Call(n + 1, true)))
                }
                None => Err(self.not_callable(f)),
            },
            other => Err(self.not_callable(other)),
        }
    }

    /// Calls builtin `b` with `prior` arguments from a partial application plus the `n`
    /// stack arguments above `fpos`.
    fn call_builtin(&mut self, b: u32, prior: &[Value], fpos: usize, n: u32, push: bool) -> EvalResult<Option<Go>> {
        let Some(decl) = self.builtins.get(b as usize).copied() else {
            return Err(Error::eval("internal error: unknown builtin"));
        };
        let arity = decl.arity as usize;
        let have = prior.len();
        let total = have + n as usize;
        if total < arity {
            let mut args = [Value::Null; 3];
            args[..have].copy_from_slice(prior);
            for i in 0..n as usize {
                args[have + i] = self.stack[fpos + 1 + i];
            }
            let app = self.heap.alloc_app(App { builtin: b, nargs: total as u8, args });
            self.stack.truncate(fpos);
            return Ok(Some(Go::Deliver(Value::PrimOpApp(app), push)));
        }
        let from_stack = arity - have;
        let mut args = [Value::Null; 3];
        args[..have].copy_from_slice(prior);
        for i in 0..from_stack {
            args[have + i] = self.stack[fpos + 1 + i];
        }
        // force strict arguments (re-performing the call afterwards)
        for (i, arg) in args.iter_mut().enumerate().take(arity) {
            if decl.strict & (1 << i) == 0 {
                continue;
            }
            if let Value::Thunk(t) = *arg {
                match self.heap.thunk(t) {
                    Thunk::Done(x) => *arg = x,
                    Thunk::Pending { code, env } => {
                        let call_pos = self.caller_pos();
                        self.push_marker(push, FrameKind::Retry { nargs: n, builtin: b, call_pos });
                        self.enter_thunk(t, code, env, false);
                        return Ok(None);
                    }
                    Thunk::Blackhole => {
                        let e = Error::infinite_recursion(t);
                        return Err(self.builtin_context(e, b, self.caller_pos()));
                    }
                    Thunk::Failed(slot) => {
                        let e = self.failed_error(slot);
                        return Err(self.builtin_context(e, b, self.caller_pos()));
                    }
                }
            }
        }
        let rest = n as usize - from_stack;
        let call_pos = self.caller_pos();
        let mut push = push;
        if rest > 0 {
            // the extra arguments stay where they are, the result is applied to them
            self.push_pending(fpos, from_stack, call_pos, push);
            push = true;
        } else {
            self.stack.truncate(fpos);
        }
        let step = (decl.func)(self, &args[..arity]).map_err(|e| self.builtin_context(e, b, call_pos))?;
        if let Step::Done(_) = step {
            return self.do_step(step, push);
        }
        // the builtin suspended itself: errors from its continuations still belong to it
        self.push_marker(push, FrameKind::InBuiltin { builtin: b, call_pos });
        self.do_step(step, true)
    }

    /// Position of the call instruction the top code frame is executing.
    fn caller_pos(&self) -> PosId {
        match self.frames.last() {
            Some(f) if matches!(f.kind, FrameKind::Call { .. } | FrameKind::Thunk { .. }) => {
                self.prog.pos_at(f.pc.saturating_sub(1))
            }
            Some(Frame { kind: FrameKind::Pending { call_pos, .. }, .. }) => *call_pos,
            // a call made for a continuation that is not a builtin's (a functor call)
            Some(Frame { kind: FrameKind::Native { builtin: u32::MAX, call_pos, .. }, .. }) => *call_pos,
            _ => PosId::NONE,
        }
    }

    /// Calling a value that is not a function: an error at the call site.
    fn not_callable(&self, v: Value) -> Error {
        let ty = self.heap.type_of(v);
        Error::eval(format!(
            "attempt to call something which is not a function but {}: {}",
            ty.a(),
            crate::print::show_short(self, v)
        ))
        .at(self.prog.span(self.caller_pos()))
    }

    fn builtin_context(&self, e: Error, b: u32, call_pos: PosId) -> Error {
        if b == u32::MAX {
            return e;
        }
        if b & INLINE_MARK != 0 {
            return self.inline_context(e, b & !INLINE_MARK, call_pos);
        }
        let name = self.builtins.get(b as usize).map(|d| d.name).unwrap_or("?");
        // the one builtin Nix registers with `addTrace = false`: its own frame is the context
        if name == "addErrorContext" {
            return e;
        }
        let span = self.prog.span(call_pos);
        e.trace(span, format!("while calling the '{name}' builtin"))
    }

    /// The frames of a call of a function whose body was inlined (`inlines[i]`):
    /// those its lambda's call frame would add (see [`Vm::call_frames`]).
    #[cold]
    fn inline_context(&self, e: Error, i: u32, call_pos: PosId) -> Error {
        match self.prog.inlines.get(i as usize) {
            Some(info) => self.call_frames(e, Some(info.name), info.pos, call_pos, true),
            None => e,
        }
    }

    /// The trace frames of a call of the lambda named `name` at `pos`, made at
    /// `call_pos`, for an error raised in its body (`in_body`) or while its
    /// argument was matched against its formals: `while calling` (body only) and
    /// `from call site`. Nix records a body's frames only with --show-trace, and
    /// omits the call site when the call has no position (a call by a builtin).
    #[cold]
    fn call_frames(&self, mut e: Error, name: Option<Sym>, pos: PosId, call_pos: PosId, in_body: bool) -> Error {
        if e.0.trace.len() >= 10_000 {
            return e;
        }
        if in_body {
            let what = match name {
                Some(n) => format!("while calling '{}'", self.symbols.str(n)),
                None => "while calling anonymous lambda".to_string(),
            };
            e = e.trace_if_shown(self.prog.span(pos), what);
        }
        if let Some(span) = self.prog.span(call_pos) {
            e = if in_body {
                e.trace_if_shown(Some(span), "from call site")
            } else {
                e.trace(Some(span), "from call site")
            };
        }
        e
    }

    // ---------------------------------------------------------------- unwinding

    /// Pops frames down to the host frame at `host_level`, resetting thunks and
    /// offering the error to continuations (which may catch it).
    fn unwind(&mut self, mut err: Error, host_level: usize) -> Result<Act, Error> {
        // how the frame unwound before left its caller waiting: `None` before the
        // first (the error was raised in it), `Some(true)` at the instruction that
        // forced it (run again once the thunk is done), `Some(false)` after the
        // instruction (a call, or a thunk whose value is pushed)
        let mut above: Option<bool> = None;
        while self.frames.len() > host_level {
            let Some(frame) = self.frames.pop() else {
                break;
            };
            // the operand frames of the code it ran (innermost first), merged with
            // the frames of the builtins inlined into it that were running: of
            // two, the one starting later in the code is the inner
            let mut ranges = if matches!(frame.kind, FrameKind::Thunk { .. } | FrameKind::Call { .. }) {
                self.operand_ranges(&mut err, &frame, above)
            } else {
                Vec::new()
            };
            above = Some(matches!(frame.kind, FrameKind::Thunk { .. }) && !frame.push);
            ranges.reverse();
            // builtins inlined into this frame were running when the error came
            loop {
                let mark = self.marks.last().copied().filter(|m| m.frame as usize >= self.frames.len());
                match (mark, ranges.last()) {
                    (None, None) => break,
                    (Some(m), r) if r.is_none_or(|r| m.pc >= r.start) => {
                        self.marks.pop();
                        err = self.builtin_context(err, m.builtin, m.call_pos);
                    }
                    _ => match ranges.pop() {
                        Some(r) => err = err.trace(self.prog.span(r.pos), r.what.message()),
                        None => break,
                    },
                }
            }
            match frame.kind {
                FrameKind::Host => {
                    self.stack.truncate(frame.base as usize);
                    self.memoise_final(&err);
                    return Err(err);
                }
                FrameKind::Thunk { thunk, code } => {
                    // no attribute frame here: Nix names an attribute in traces where it
                    // is selected or deep-forced (`print::deep_force`), not wherever its
                    // value happens to be forced (`toJSON`, `map`, ...)
                    // the first forcing of the thunk that was forced again
                    if err.0.blackhole == Some(thunk) {
                        err = err.trace_always(None, "entering the infinite recursion");
                    }
                    if err.0.kind == ErrorKind::Limit {
                        // a host limit is no property of the thunk: it may be retried
                        self.heap.set_thunk(thunk, Thunk::Pending { code, env: frame.env });
                    } else {
                        let slot = self.memo_slot(&mut err);
                        self.heap.set_thunk(thunk, Thunk::Failed(slot));
                    }
                }
                FrameKind::Call { lambda, call_pos, .. } => {
                    self.call_depth = self.call_depth.saturating_sub(1);
                    if let Some(info) = self.prog.lambdas.get(lambda.0 as usize) {
                        // an error while matching the argument against the formals (the
                        // first instruction) comes before the body: Nix adds no
                        // `while calling` frame for it
                        let in_body = info.formals.is_none() || frame.pc != info.entry;
                        err = self.call_frames(err, info.name, info.pos, call_pos, in_body);
                    }
                }
                FrameKind::Native { .. } => {
                    self.stack.truncate(frame.base as usize);
                    let Some(k) = self.conts.pop() else {
                        return Err(Error::eval("internal error: continuation frame without continuation"));
                    };
                    match k.on_error(self, err) {
                        Ok(step) => return Ok(Act::Step(step, frame.push)),
                        Err(e) => err = e,
                    }
                }
                FrameKind::InBuiltin { builtin, call_pos } => {
                    err = self.builtin_context(err, builtin, call_pos);
                }
                FrameKind::Retry { builtin, call_pos, .. } | FrameKind::RetryCall { builtin, call_pos } => {
                    err = self.builtin_context(err, builtin, call_pos);
                }
                FrameKind::Pending { .. } => {}
            }
            self.stack.truncate(frame.base as usize);
        }
        self.memoise_final(&err);
        Err(err)
    }
}

impl Vm {
    /// The operands (`Program::trace_ranges`) whose code `frame` was running when
    /// `err` was raised or passed through it (`above`: see `unwind`), innermost
    /// first.
    fn operand_ranges(&self, err: &mut Error, frame: &Frame, above: Option<bool>) -> Vec<crate::code::TraceRange> {
        if self.prog.trace_ranges.is_empty() {
            return Vec::new();
        }
        let (pc, own) = match above {
            // raised by the instruction itself (`locate`), or by a builtin called
            // at the instruction before
            None => match err.0.raised_at {
                // a failed thunk forced again there is the operand's error
                Some(p) if p == frame.pc => (p, err.0.rethrown),
                _ => (frame.pc.wrapping_sub(1), true),
            },
            Some(true) => (frame.pc, true),
            Some(false) => (frame.pc.wrapping_sub(1), true),
        };
        // forcing an operand that is being evaluated is an error of the operand,
        // and is reported where the operand is (Nix forces it evaluating it)
        let raised_forcing = !own && err.0.blackhole.is_some();
        let own = own || err.0.blackhole.is_some();
        let ranges = self.prog.trace_ranges_at(pc, own);
        if raised_forcing && let Some(r) = ranges.iter().find(|r| r.consumed_at(pc)) {
            err.0.span = self.prog.span(r.pos);
        }
        ranges
    }
}

/// The frame of a functor call: names it in traces, as Nix does.
struct FunctorCall {
    call: Option<nixlet_parser::Span>,
}

impl Cont for FunctorCall {
    fn resume(self: Box<Self>, vm: &mut Vm, v: Value) -> EvalResult<Step> {
        vm.call_depth = vm.call_depth.saturating_sub(1);
        Ok(Step::Done(v))
    }

    fn on_error(self: Box<Self>, vm: &mut Vm, e: Error) -> EvalResult<Step> {
        vm.call_depth = vm.call_depth.saturating_sub(1);
        Err(e.trace(self.call, "while calling a functor (an attribute set with a '__functor' attribute)"))
    }
}

/// The directory part of an absolute path.
pub fn parent_dir(path: &str) -> String {
    match path.rfind('/') {
        Some(0) | None => "/".to_string(),
        Some(i) => path[..i].to_string(),
    }
}

/// `1536` → `1.5 KiB`, `104857600` → `100 MiB`.
fn human_bytes(n: usize) -> String {
    const UNITS: [&str; 5] = ["bytes", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut u = 0;
    while v >= 1024.0 && u + 1 < UNITS.len() {
        v /= 1024.0;
        u += 1;
    }
    if u == 0 {
        format!("{n} bytes")
    } else if v.fract() == 0.0 {
        format!("{v} {}", UNITS[u])
    } else {
        format!("{v:.1} {}", UNITS[u])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::{Attr, PosId};

    /// The (evaluated) value of `src`.
    fn value_of(vm: &mut Vm, src: &str) -> Value {
        let v = vm.load_source(Origin::Expr, src, "/").expect("compiles");
        vm.force(v).expect("evaluates")
    }

    /// `{ a = <a>; }`
    fn set_a(vm: &mut Vm, a: Value) -> Value {
        let name = vm.symbols.intern("a");
        Value::Attrs(vm.heap.alloc_attrs_sorted(&[Attr { name, pos: PosId::NONE, value: a }]))
    }

    /// The apply thunk `map` and `mapAttrs` make of `f` and `args`.
    fn apply(vm: &mut Vm, f: Value, args: &[Value]) -> Value {
        let applier = vm.lazy_applier(f, args.len(), false);
        vm.lazy_apply_with(&applier, args)
    }

    /// An apply thunk (`map`'s, `mapAttrs`') of a lambda whose body can be
    /// speculated is its value when the arguments are evaluated; otherwise, and for
    /// a pattern parameter, it is a thunk with the same value.
    #[test]
    fn apply_thunks_of_speculated_bodies_are_their_values() {
        let mut vm = Vm::new(Box::new(crate::io::NoIo));
        let one = value_of(&mut vm, "x: x.a + 1");
        let two = value_of(&mut vm, "n: v: if v.a > 1 then n else v.a");
        let pattern = value_of(&mut vm, "{ a }: a + 1");
        let set = set_a(&mut vm, Value::Int(2));
        assert!(matches!(apply(&mut vm, one, &[set]), Value::Int(3)));
        assert!(matches!(apply(&mut vm, two, &[Value::Int(7), set]), Value::Int(7)));
        assert!(matches!(vm.lazy_apply(one, &[set]), Value::Int(3)));
        // a body that is a parameter (`genList (i: i) n`, `zipAttrsWith (n: vs: vs)`)
        let identity = value_of(&mut vm, "n: vs: vs");
        assert!(matches!(apply(&mut vm, identity, &[Value::Null, Value::Int(5)]), Value::Int(5)));
        // a thunk when the argument is not evaluated, or the parameter a pattern
        let pending = vm.load_source(Origin::Expr, "{ a = 2; }", "/").expect("compiles");
        assert!(matches!(pending, Value::Thunk(_)));
        let lazy = [apply(&mut vm, one, &[pending]), apply(&mut vm, pattern, &[set])];
        for v in lazy {
            assert!(matches!(v, Value::Thunk(_)), "{v:?}");
            assert!(matches!(vm.force(v), Ok(Value::Int(3))));
        }
        let pending = vm.load_source(Origin::Expr, "1 + 1", "/").expect("compiles");
        let v = apply(&mut vm, identity, &[Value::Null, pending]);
        assert!(matches!(v, Value::Thunk(t) if !matches!(pending, Value::Thunk(p) if p == t)), "{v:?}");
        assert!(matches!(vm.force(v), Ok(Value::Int(2))));
    }

    /// An apply thunk of a lambda whose body only builds a small set or list is
    /// that set or list, built at once: its values are read, speculated, or thunks
    /// over the call's environment (which then stays); a bigger literal, or a
    /// body that does anything else, stays a thunk.
    #[test]
    fn apply_thunks_of_constructor_bodies_are_built_at_once() {
        let mut vm = Vm::new(Box::new(crate::io::NoIo));
        let set_of = value_of(&mut vm, "d: { inherit (d) a; b = d.a + 1; c = [ d ]; }");
        let pair = value_of(&mut vm, "n: v: [ n v ]");
        let big = value_of(&mut vm, "x: { a = x; b = x; c = x; d = x; e = x; }");
        let d = set_a(&mut vm, Value::Int(2));
        let Value::Attrs(built) = apply(&mut vm, set_of, &[d]) else { panic!("a set at once") };
        let values: Vec<Value> = vm.heap.attrs_vec(built).iter().map(|x| x.value).collect();
        assert!(matches!(values[..], [Value::Int(2), Value::Int(3), Value::List(l)] if l.len == 1), "{values:?}");
        let Value::List(l) = apply(&mut vm, pair, &[Value::Int(1), d]) else { panic!("a list at once") };
        assert!(matches!(vm.heap.list(l), [Value::Int(1), Value::Attrs(_)]));
        // an argument not evaluated: the set still, its values thunks that work
        let pending = vm.load_source(Origin::Expr, "{ a = 5; }", "/").expect("compiles");
        let Value::Attrs(built) = apply(&mut vm, set_of, &[pending]) else { panic!("a set at once") };
        let values: Vec<Value> = vm.heap.attrs_vec(built).iter().map(|x| x.value).collect();
        assert!(values.iter().take(2).all(|v| matches!(v, Value::Thunk(_))), "{values:?}");
        let forced: Vec<_> = values.iter().take(2).map(|&v| vm.force(v).ok()).collect();
        assert!(matches!(forced[..], [Some(Value::Int(5)), Some(Value::Int(6))]), "{forced:?}");
        assert!(matches!(apply(&mut vm, big, &[d]), Value::Thunk(_)));
        // the body a call of a small constructor function becomes when inlined
        let inlined = value_of(&mut vm, "let pair = name: value: { inherit name value; }; in x: pair x [ x ]");
        let code = match inlined {
            Value::Lambda(l, _) => vm.prog.lambdas[l.0 as usize].entry as usize,
            other => panic!("{other:?}"),
        };
        assert!(vm.prog.ops[code..].iter().any(|&op| crate::code::is_inline_mark(op)), "inlined");
        let Value::Attrs(built) = apply(&mut vm, inlined, &[d]) else { panic!("a set at once") };
        assert_eq!(built.len(), 2);
    }

    /// `construct` run on code that is no constructor body gives up without
    /// touching what the caller has on the stack.
    /// A selection's hint lives in its instruction: `set_sel_hint` rewrites it there
    /// for each of the four selection instructions, `sel_hint` reads it back, an
    /// index past `u16` is not recorded, and any other instruction is left alone.
    #[test]
    fn selection_hints_are_kept_in_the_instructions() {
        let mut vm = Vm::new(Box::new(crate::io::NoIo));
        let sn = crate::code::SlotName::new(1, Sym(5)).unwrap_or_else(|| panic!("slot 1, name 5 fit"));
        let ops = [Op::Select(5, 0), Op::SelectOr(5, 0), Op::LocalSelect(sn, 0), Op::LocalSelectOr(sn, 0), Op::Int(3)];
        let code = vm.append_code(&ops);
        let entry = vm.prog.codes[code.0 as usize].entry;
        for k in 0..ops.len() as u32 {
            let at = entry + k;
            vm.set_sel_hint(at, 7 + k as usize);
            vm.set_sel_hint(at, 1 << 16);
        }
        let got: Vec<usize> = (0..ops.len() as u32).map(|k| vm.sel_hint(entry + k)).collect();
        assert_eq!(got, [7, 8, 9, 10, 0]);
        assert!(matches!(vm.prog.ops[entry as usize + 4], Op::Int(3)), "another instruction is left alone");
        assert!(matches!(vm.prog.ops[entry as usize], Op::Select(5, 7)), "the name stays");
        assert_eq!(vm.sel_hint(u32::MAX), 0, "past the code");
    }

    #[test]
    fn construct_leaves_the_callers_stack_alone() {
        let mut vm = Vm::new(Box::new(crate::io::NoIo));
        let env = vm.heap.alloc_env(EnvId::EMPTY, 2);
        for ops in [&[Op::StoreLocal(0), Op::Return][..], &[Op::MakeList(2), Op::Return], &[Op::Return], &[Op::Force]] {
            let code = vm.append_code(ops);
            let entry = vm.prog.codes[code.0 as usize].entry;
            vm.stack.push(Value::Int(7));
            assert!(vm.construct(entry, env).is_none(), "{ops:?}");
            assert!(matches!(vm.stack[..], [Value::Int(7)]), "{ops:?}: {:?}", vm.stack);
            vm.stack.clear();
        }
    }

    #[test]
    fn strings_are_interned_as_their_names_through_the_cache_and_past_it() {
        let mut vm = Vm::new(Box::new(crate::io::NoIo));
        // first, the empty string without context: its handle is all zeros, as is
        // the entry of a slot nothing has used yet
        let empty = vm.intern_str(StrId::EMPTY);
        assert_eq!(empty, vm.symbols.intern(""));
        // more strings than the cache has entries (so slots are shared), the empty
        // string (whose handle is all zeros, like an empty entry), and copies of
        // the same text under other handles
        let mut texts: Vec<String> = (0..3 * NAME_CACHE).map(|i| format!("n{i}")).collect();
        texts.push(String::new());
        let mut ids: Vec<StrId> = texts.iter().map(|t| vm.heap.alloc_str(t.as_bytes())).collect();
        let copies: Vec<StrId> = texts.iter().map(|t| vm.heap.alloc_str(t.as_bytes())).collect();
        if let Some(last) = ids.last_mut() {
            *last = StrId::EMPTY;
        }
        for round in 0..2 {
            for (i, t) in texts.iter().enumerate() {
                let expected = vm.symbols.intern(t);
                assert_eq!(vm.intern_str(ids[i]), expected, "round {round}: {t:?}");
                assert_eq!(vm.intern_str(copies[i]), expected, "round {round}: copy of {t:?}");
            }
        }
        // a name's shared string value is interned back to the name
        let sym = vm.symbols.intern("shared");
        let Value::String(s) = vm.name_str(sym) else { panic!("name_str gives a string") };
        assert_eq!(vm.intern_str(s), sym);
        assert_eq!(vm.heap.str_bytes(s), b"shared");
    }
}
