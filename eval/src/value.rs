//! Runtime values and the heap they live in.
//!
//! A [`Value`] is 16 bytes and `Copy`: scalars inline, everything else a `u32` handle
//! into one of the [`Heap`]'s typed arenas. Closures need no allocation at all (a
//! lambda id plus the environment it captured) and lists are a slice of the element
//! arena. Nothing is freed during an evaluation; see ARCHITECTURE.md for the memory
//! plan (evaluation-scoped arenas now, a compacting collector at safe points later:
//! handles are indices precisely so that a collector can move objects).

use crate::symbol::Sym;

macro_rules! id_type {
    ($(#[$m:meta])* $name:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub u32);
    };
}

/// A string: where its bytes are in the heap's byte arena, and its context (an
/// index into the heap's context table, 0 for none). A value carries all of it, so
/// reading a string touches its bytes and nothing else: a table of string
/// descriptors between the two was a cache miss per string read (11% of a
/// version-comparing benchmark's time, on one load).
///
/// Packed into 12 bytes (a [`Value`] stays 16): a 36-bit start (64 GiB of string
/// data per evaluation), a 32-bit length and a 28-bit context index. A heap that
/// outgrows those ranges is exhausted ([`Heap::exhausted`]); the evaluator stops
/// with an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StrId {
    lo: u32,
    len: u32,
    /// Start bits 32..36 in the low 4 bits, the context index above them.
    hi: u32,
}

impl StrId {
    /// The empty string without context.
    pub const EMPTY: StrId = StrId { lo: 0, len: 0, hi: 0 };
    const START_HI_BITS: u32 = 4;
    const MAX_START: u64 = (1 << (32 + Self::START_HI_BITS)) - 1;
    const MAX_CTX: u32 = (1 << (32 - Self::START_HI_BITS)) - 1;

    fn new(start: usize, len: usize, ctx: u32) -> Option<StrId> {
        let start = start as u64;
        let end = start.checked_add(len as u64)?;
        if end > Self::MAX_START || ctx > Self::MAX_CTX {
            return None;
        }
        Some(StrId {
            lo: start as u32,
            len: u32::try_from(len).ok()?,
            hi: ((start >> 32) as u32) | (ctx << Self::START_HI_BITS),
        })
    }

    /// Byte range in the arena (saturated on targets with a narrower `usize`, where
    /// such a range cannot exist and reads as empty).
    #[inline]
    fn range(self) -> std::ops::Range<usize> {
        let start = u64::from(self.lo) | (u64::from(self.hi & ((1 << Self::START_HI_BITS) - 1)) << 32);
        let start = usize::try_from(start).unwrap_or(usize::MAX);
        start..start.saturating_add(self.len as usize)
    }

    #[inline]
    fn ctx(self) -> u32 {
        self.hi >> Self::START_HI_BITS
    }

    /// The handle as two integers (for tables whose all-zero entries must mean
    /// "empty", so that they can be allocated zeroed: see `Vm`'s name cache).
    #[inline]
    pub(crate) fn raw(self) -> (u64, u32) {
        (u64::from(self.lo) | (u64::from(self.len) << 32), self.hi)
    }

    /// A well-spread 32-bit key for direct-mapped caches of strings.
    #[inline]
    pub fn cache_key(self) -> u32 {
        (self.lo ^ self.len.rotate_left(16) ^ self.hi).wrapping_mul(0x9E37_79B1)
    }
}

id_type!(/// A thunk in the heap's thunk arena.
    ThunkId);
id_type!(/// An environment (a frame of variable slots).
    EnvId);
id_type!(/// A partially applied builtin.
    AppId);
id_type!(/// A lambda (compiled function) in the program.
    LambdaId);
id_type!(/// A compiled code block (thunk body, file body).
    CodeId);
id_type!(/// A source position in the program's position table; 0 means none.
    PosId);

impl PosId {
    /// No position.
    pub const NONE: PosId = PosId(0);
}

impl EnvId {
    /// The empty environment (parent of file-level environments).
    pub const EMPTY: EnvId = EnvId(0);
}

/// An attribute set: a slice of the heap's entry arena (no table between a value
/// and its entries: a selection reads one place in memory, not two), or a *layer*:
/// the result of `a // b` with `b` small, kept as `b` over `a` instead of a copy of
/// both (see [`Heap::update`]). A layer has the top bit of `start` set, the rest of
/// which indexes the heap's layer table; `len` is the number of distinct names
/// either way. Lookups read through layers; whatever needs the entries as one
/// sorted slice gets them from [`Heap::flat`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct AttrsId {
    start: u32,
    len: u32,
}

/// The bit of [`AttrsId::start`] that marks a layer.
const LAYERED: u32 = 1 << 31;

/// A layer: `top`'s entries over the set `base`. `top` is a slice of the entry
/// arena; `base` a slice or another layer, `depth` layers deep (at most
/// [`MAX_LAYERS`]). `flat` is the set as one slice, once something needed it.
#[derive(Debug, Clone, Copy)]
struct Layer {
    base: AttrsId,
    top: AttrsId,
    depth: u32,
    /// Selections that read through the layers (see [`Heap::attr_value`]).
    reads: u32,
    flat: Option<AttrsId>,
}

/// How many layers a set may have over its slice: a lookup searches each layer's
/// (small) top before the slice, so a set is copied into one slice again when
/// another `//` would make it deeper. Overlay fixpoints update a set of thousands
/// of attributes by a few, a thousand times; with 16 layers they copy it once per
/// 16 updates instead of every time.
const MAX_LAYERS: u32 = 16;

/// The fewest attributes a set has for `//` to put a layer over it: copying a
/// smaller set costs little, and keeps its lookups one search.
const LAYER_MIN: usize = 64;

/// An attribute set's entries as one sorted slice: what [`Heap::flat`] gives, the
/// only way to read a set's entries in order ([`Heap::attrs`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Flat(AttrsId);

impl AttrsId {
    /// The shared empty attribute set.
    pub const EMPTY: AttrsId = AttrsId { start: 0, len: 0 };

    /// Number of attributes.
    #[inline]
    pub fn len(self) -> usize {
        self.len as usize
    }

    /// Whether the set is empty.
    #[inline]
    pub fn is_empty(self) -> bool {
        self.len == 0
    }

    /// The range of a slice's entries in the arena (for a layer: a range the
    /// arena never reaches, so it reads as empty).
    #[inline]
    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.start as usize + self.len as usize
    }

    /// Whether the set is a layer (see [`AttrsId`]).
    #[inline]
    pub fn is_layer(self) -> bool {
        self.start & LAYERED != 0
    }

    /// The index of a layer in the layer table, `None` for a slice.
    #[inline]
    fn layer(self) -> Option<usize> {
        self.is_layer().then_some((self.start & !LAYERED) as usize)
    }
}

/// A list: a slice of the heap's element arena.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListRef {
    /// First element.
    pub start: u32,
    /// Number of elements.
    pub len: u32,
}

impl ListRef {
    /// The empty list.
    pub const EMPTY: ListRef = ListRef { start: 0, len: 0 };
}

/// A Nix value (possibly an unevaluated thunk).
///
/// `repr(u32)`: the tag is a whole 4-byte word and every payload starts at offset 4
/// or 8. With the default layout the tag was one byte and `Bool` sat at offset 1,
/// so the compiler wrote values as a byte plus overlapping 8-byte stores at odd
/// offsets, and the interpreter's next 16-byte load of the same value (a stack
/// slot just pushed, a local just stored) could not be forwarded from them: 5–11%
/// of the wall time of most benchmark programs (`ARCHITECTURE.md`, twenty-first
/// session).
#[derive(Debug, Clone, Copy)]
#[repr(u32)]
pub enum Value {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A 64-bit integer.
    Int(i64),
    /// A double.
    Float(f64),
    /// A string with its context.
    String(StrId),
    /// An absolute, canonical path (its text is a string without context).
    Path(StrId),
    /// An attribute set.
    Attrs(AttrsId),
    /// A list.
    List(ListRef),
    /// A closure: a lambda and the environment it was created in.
    Lambda(LambdaId, EnvId),
    /// A builtin function, by index in the evaluator's builtin table.
    Builtin(u32),
    /// A builtin applied to fewer arguments than its arity.
    PrimOpApp(AppId),
    /// A thunk (unevaluated, in evaluation, or evaluated).
    Thunk(ThunkId),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);
// a thunk keeps its state in the tag's spare values
const _: () = assert!(std::mem::size_of::<Thunk>() == 16);

impl Value {
    /// Whether this is a scalar: `null`, a Boolean, a number, a string or a path.
    /// `==` decides any two scalars at once (`ops::prim_bin`), and a scalar never
    /// equals anything else.
    #[inline]
    pub fn is_scalar(&self) -> bool {
        matches!(
            self,
            Value::Null | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::String(_) | Value::Path(_)
        )
    }
}

/// The type of a value as `builtins.typeOf` names it.
///
/// Four bytes, like every other instruction operand (`Op::TypeIs` carries one):
/// the interpreter then reads no single-byte operand at dispatch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum Type {
    /// `null`
    Null,
    /// `bool`
    Bool,
    /// `int`
    Int,
    /// `float`
    Float,
    /// `string`
    String,
    /// `path`
    Path,
    /// `set`
    Attrs,
    /// `list`
    List,
    /// `lambda`
    Function,
    /// An unevaluated thunk (never seen by user code).
    Thunk,
}

impl Type {
    /// Name used by `builtins.typeOf`.
    pub fn type_of(self) -> &'static str {
        match self {
            Type::Null => "null",
            Type::Bool => "bool",
            Type::Int => "int",
            Type::Float => "float",
            Type::String => "string",
            Type::Path => "path",
            Type::Attrs => "set",
            Type::List => "list",
            Type::Function => "lambda",
            Type::Thunk => "thunk",
        }
    }

    /// Phrase used in type errors ("an integer", "a set", ...).
    pub fn a(self) -> &'static str {
        match self {
            Type::Null => "null",
            Type::Bool => "a Boolean",
            Type::Int => "an integer",
            Type::Float => "a float",
            Type::String => "a string",
            Type::Path => "a path",
            Type::Attrs => "a set",
            Type::List => "a list",
            Type::Function => "a function",
            Type::Thunk => "a thunk",
        }
    }
}

/// One element of a string's context (shared: strings built from others copy
/// their context elements, a reference count each).
pub type CtxElem = std::rc::Rc<str>;

/// A string value: bytes (not necessarily UTF-8) plus its context.
#[derive(Debug, Clone, Default)]
pub struct NixString {
    /// The bytes.
    pub bytes: Box<[u8]>,
    /// Store paths this string refers to, encoded as Nix encodes context elements:
    /// `/nix/store/…` (plain path), `=/nix/store/….drv` (derivation with all outputs),
    /// `!out!/nix/store/….drv` (one output). Sorted, no duplicates. `None` if empty.
    pub context: Option<Box<[CtxElem]>>,
}

impl NixString {
    /// A context-free string.
    pub fn plain(bytes: impl Into<Box<[u8]>>) -> Self {
        NixString { bytes: bytes.into(), context: None }
    }

    /// The context elements (possibly empty).
    pub fn context(&self) -> &[CtxElem] {
        self.context.as_deref().unwrap_or(&[])
    }
}

/// A string in the heap: its bytes and context, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct StrRef<'a> {
    /// The bytes.
    pub bytes: &'a [u8],
    context: &'a [CtxElem],
}

impl<'a> StrRef<'a> {
    /// The context elements (possibly empty).
    pub fn context(&self) -> &'a [CtxElem] {
        self.context
    }

    /// An owned copy.
    pub fn to_nix_string(&self) -> NixString {
        NixString {
            bytes: self.bytes.into(),
            context: if self.context.is_empty() { None } else { Some(self.context.into()) },
        }
    }
}

/// Merges context element lists (sorted, deduplicated).
pub fn merge_context(into: &mut Vec<CtxElem>, from: &[CtxElem]) {
    if into.is_empty() && from.windows(2).all(|w| w[0] < w[1]) {
        // already sorted and deduplicated (contexts usually are): one copy
        into.extend_from_slice(from);
        return;
    }
    for c in from {
        if let Err(i) = into.binary_search(c) {
            into.insert(i, c.clone());
        }
    }
}

/// State of a thunk.
#[derive(Debug, Clone, Copy)]
pub enum Thunk {
    /// Not evaluated yet: code and the environment it runs in.
    Pending {
        /// What to run.
        code: CodeId,
        /// Environment for it.
        env: EnvId,
    },
    /// Being evaluated; forcing it again is infinite recursion.
    Blackhole,
    /// Evaluated (never itself a thunk).
    Done(Value),
    /// Its evaluation failed: forcing it again raises that error again (a copy of
    /// `Vm`'s memoised error at this index) without running anything, as in C++
    /// Nix since 2.34. It refers to no environment.
    Failed(u32),
}

/// An attribute: name, definition position, value.
#[derive(Debug, Clone, Copy)]
pub struct Attr {
    /// The name.
    pub name: Sym,
    /// Where it was defined (for `unsafeGetAttrPos`), or [`PosId::NONE`].
    pub pos: PosId,
    /// The value (often a thunk).
    pub value: Value,
}

/// An environment: its parent and where its slots start. The number of slots is not
/// kept (8 bytes per environment instead of 12; a call makes at least one): the
/// compiler only addresses slots an environment has, and a read past the slot arena
/// gives `null` rather than a panic.
#[derive(Debug, Clone, Copy)]
struct EnvData {
    parent: EnvId,
    start: u32,
}

/// How many thunks [`Heap::thunks_settled`] looks at, at most: a call that made
/// more keeps its environment (the check stays constant time per return).
pub const SETTLED_SCAN: usize = 32;

/// The parent recorded for an environment given back (`Heap::release_env`), with
/// debug assertions only.
const RELEASED_ENV: EnvId = EnvId(u32::MAX);

/// Environments of up to this many slots given back out of order (not the last
/// one) are kept for reuse by the next environment of their size (larger ones are
/// rare: they stay where they are, unused).
const FREE_ENV_SLOTS: usize = 16;

/// With debug assertions, how many given-back environments of one size wait,
/// marked (any use panics), before the oldest is reused: the test suites and the
/// fuzzers check both that nothing uses an environment given back and that reuse
/// works.
const ENV_QUARANTINE: usize = 8;

/// The end of a list of given-back environments.
const NO_ENV: u32 = u32::MAX;

/// A partially applied builtin.
#[derive(Debug, Clone, Copy)]
pub struct App {
    /// Builtin index.
    pub builtin: u32,
    /// Number of arguments collected.
    pub nargs: u8,
    /// The arguments collected so far.
    pub args: [Value; 3],
}

/// All runtime objects of one evaluator.
pub struct Heap {
    /// The bytes of all strings, back to back (strings are immutable and never
    /// freed, so one arena replaces an allocation per string; a [`StrId`] says where).
    str_bytes: Vec<u8>,
    /// Set when a string did not fit the ranges a [`StrId`] can address: that string
    /// reads as empty, and the evaluator must stop (see [`Heap::exhausted`]).
    exhausted: bool,
    /// String contexts, for the few strings that have one.
    contexts: Vec<Box<[CtxElem]>>,
    /// Elements of all contexts (for the memory budget).
    context_bytes: usize,
    thunks: Vec<Thunk>,
    envs: Vec<EnvData>,
    /// With debug assertions: how many environments at the end of `envs` were given
    /// back (marked, not removed; see `release_env`).
    released_tail: usize,
    /// Environments given back out of order, by slot count, for the next
    /// environment of that size (`Heap::reuse_env`): `free_heads[n]` is the first of
    /// a list linked through the `parent` of each (nothing else reads a given-back
    /// environment), [`NO_ENV`] when empty. With debug assertions a queue per size
    /// (`quarantine`) is used instead, so that given-back environments stay marked.
    free_heads: [u32; FREE_ENV_SLOTS + 1],
    quarantine: [std::collections::VecDeque<u32>; FREE_ENV_SLOTS + 1],
    /// Bit `n` set: an environment of `n` slots can be reused now (the one check on
    /// the allocation path).
    free_sizes: u32,
    slots: Vec<Value>,
    entries: Vec<Attr>,
    /// Sets made by `//` as a small set over a bigger one (see [`AttrsId`]).
    layers: Vec<Layer>,
    elems: Vec<Value>,
    apps: Vec<App>,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    /// A heap holding only the shared empty objects.
    pub fn new() -> Self {
        let mut h = Heap {
            str_bytes: Vec::with_capacity(16 * 1024),
            exhausted: false,
            contexts: Vec::new(),
            context_bytes: 0,
            thunks: Vec::with_capacity(1024),
            envs: Vec::with_capacity(1024),
            released_tail: 0,
            free_heads: [NO_ENV; FREE_ENV_SLOTS + 1],
            quarantine: std::array::from_fn(|_| std::collections::VecDeque::new()),
            free_sizes: 0,
            slots: Vec::with_capacity(4096),
            entries: Vec::with_capacity(4096),
            layers: Vec::new(),
            elems: Vec::with_capacity(4096),
            apps: Vec::new(),
        };
        h.envs.push(EnvData { parent: EnvId::EMPTY, start: 0 });
        // the empty environment's (never addressed) first slot: null
        h.slots.push(Value::Null);
        h
    }

    /// Whether a string outgrew what a [`StrId`] addresses (64 GiB of string data,
    /// 4 GiB in one string, or 2^28 strings with a context): the heap is exhausted
    /// like memory is, such strings read as empty, and the evaluation must fail.
    pub fn exhausted(&self) -> bool {
        self.exhausted
    }

    /// Approximate bytes held by the heap (for the memory budget).
    pub fn approx_bytes(&self) -> usize {
        use std::mem::size_of;
        self.str_bytes.len()
            + self.contexts.len() * size_of::<Box<[CtxElem]>>()
            + self.context_bytes
            + self.thunks.len() * size_of::<Thunk>()
            + self.envs.len() * size_of::<EnvData>()
            + self.slots.len() * size_of::<Value>()
            + self.entries.len() * size_of::<Attr>()
            + self.layers.len() * size_of::<Layer>()
            + self.elems.len() * size_of::<Value>()
            + self.apps.len() * size_of::<App>()
    }

    // ---- strings ----

    /// Allocates a string.
    pub fn alloc_string(&mut self, s: NixString) -> StrId {
        let ctx = match s.context {
            Some(c) if !c.is_empty() => self.add_context(c),
            _ => 0,
        };
        self.push_str(&s.bytes, ctx)
    }

    fn add_context(&mut self, c: Box<[CtxElem]>) -> u32 {
        self.context_bytes += c.iter().map(|e| e.len() + 16).sum::<usize>();
        self.contexts.push(c);
        self.contexts.len() as u32
    }

    fn push_str(&mut self, bytes: &[u8], ctx: u32) -> StrId {
        let start = self.str_bytes.len();
        self.str_bytes.extend_from_slice(bytes);
        self.str_id(start, bytes.len(), ctx)
    }

    fn str_id(&mut self, start: usize, len: usize, ctx: u32) -> StrId {
        match StrId::new(start, len, ctx) {
            Some(id) => id,
            None => {
                self.exhausted = true;
                StrId::EMPTY
            }
        }
    }

    /// The bytes `start..start + len` of a string (clamped to it) with the string's
    /// context: the same bytes of the arena, nothing copied (strings never change).
    pub fn substring(&self, id: StrId, start: usize, len: usize) -> StrId {
        let r = id.range();
        let start = start.min(r.len());
        let len = len.min(r.len() - start);
        if len == 0 && id.ctx() == 0 {
            return StrId::EMPTY;
        }
        // within the range of an existing handle, so it fits one
        StrId::new(r.start + start, len, id.ctx()).unwrap_or(StrId::EMPTY)
    }

    /// Allocates a context-free string.
    pub fn alloc_str(&mut self, bytes: &[u8]) -> StrId {
        if bytes.is_empty() {
            return StrId::EMPTY;
        }
        self.push_str(bytes, 0)
    }

    /// Starts building a string in place from existing ones: append them with
    /// [`Heap::str_push_str`], then [`Heap::str_finish`]. Returns the mark those take.
    /// Nothing else may allocate a string meanwhile.
    #[inline]
    pub fn str_begin(&mut self) -> usize {
        self.str_bytes.len()
    }

    /// Appends the bytes of an existing string to the string being built.
    #[inline]
    pub fn str_push_str(&mut self, id: StrId) {
        let r = id.range();
        if r.end <= self.str_bytes.len() {
            self.str_bytes.extend_from_within(r);
        }
    }

    /// Finishes the string begun at `mark`, with a context (sorted, deduplicated).
    pub fn str_finish(&mut self, mark: usize, context: Vec<CtxElem>) -> StrId {
        let len = self.str_bytes.len().saturating_sub(mark);
        if len == 0 && context.is_empty() {
            return StrId::EMPTY;
        }
        let ctx = if context.is_empty() { 0 } else { self.add_context(context.into_boxed_slice()) };
        self.str_id(mark, len, ctx)
    }

    /// A string.
    #[inline]
    pub fn string(&self, id: StrId) -> StrRef<'_> {
        StrRef {
            bytes: self.str_bytes.get(id.range()).unwrap_or_default(),
            context: match id.ctx() {
                0 => &[],
                i => self.contexts.get(i as usize - 1).map(|c| &c[..]).unwrap_or_default(),
            },
        }
    }

    /// The bytes of a string.
    #[inline]
    pub fn str_bytes(&self, id: StrId) -> &[u8] {
        self.str_bytes.get(id.range()).unwrap_or_default()
    }

    /// Whether two strings have the same bytes (contexts are not compared, as in
    /// Nix's `==`): lengths first, then the same place, then the bytes. Always
    /// inlined: the interpreter's `==` of two strings calls it, and as a call it
    /// cost `modules` 0.3% of its instructions.
    #[inline(always)]
    pub fn str_eq(&self, a: StrId, b: StrId) -> bool {
        a.len == b.len && (a.lo == b.lo && a.hi == b.hi || self.str_bytes(a) == self.str_bytes(b))
    }

    // ---- thunks ----

    /// Allocates a thunk.
    #[inline]
    pub fn alloc_thunk(&mut self, t: Thunk) -> ThunkId {
        let id = ThunkId(self.thunks.len() as u32);
        self.thunks.push(t);
        id
    }

    /// A thunk's state.
    #[inline]
    pub fn thunk(&self, id: ThunkId) -> Thunk {
        self.thunks[id.0 as usize]
    }

    /// Replaces a thunk's state.
    #[inline]
    pub fn set_thunk(&mut self, id: ThunkId, t: Thunk) {
        self.thunks[id.0 as usize] = t;
    }

    // ---- environments ----

    /// Allocates an environment of `n` slots (initially `null`) under `parent`.
    #[inline]
    pub fn alloc_env(&mut self, parent: EnvId, n: u32) -> EnvId {
        if self.can_reuse(n) {
            return self.reuse_env(parent, n, Value::Null);
        }
        self.alloc_env_fresh(parent, n)
    }

    /// Allocates an environment of `n` ≥ 1 slots under `parent`, slot 0 holding
    /// `first` (a call's argument) and the others `null`.
    #[inline(always)]
    pub fn alloc_env_with(&mut self, parent: EnvId, n: u32, first: Value) -> EnvId {
        if self.can_reuse(n) {
            return self.reuse_env(parent, n, first);
        }
        let start = self.slots.len() as u32;
        self.slots.push(first);
        if n > 1 {
            self.slots.resize(start as usize + n as usize, Value::Null);
        }
        self.push_env(parent, start)
    }

    /// A new environment with `env`'s parent and a copy of its first `n` slots
    /// (missing ones `null`). Calling the closure a partial application of a
    /// curried chain left extends a copy of that call's environment.
    pub fn copy_env(&mut self, env: EnvId, n: u32) -> EnvId {
        let e = if (env.0 as usize) < self.envs.len() {
            self.env_data(env)
        } else {
            EnvData { parent: EnvId::EMPTY, start: 0 }
        };
        let start = self.slots.len() as u32;
        let from = (e.start as usize).min(self.slots.len());
        let to = (from + n as usize).min(self.slots.len());
        self.slots.extend_from_within(from..to);
        self.slots.resize(start as usize + n as usize, Value::Null);
        self.push_env(e.parent, start)
    }

    /// Whether an environment of `n` slots given back earlier can be reused now.
    #[inline]
    fn can_reuse(&self, n: u32) -> bool {
        n <= FREE_ENV_SLOTS as u32 && self.free_sizes & (1 << n) != 0
    }

    /// An environment of `n` slots given back earlier ([`Heap::can_reuse`]), now
    /// under `parent`, slot 0 holding `first` and the others `null`.
    #[inline(never)]
    fn reuse_env(&mut self, parent: EnvId, n: u32, first: Value) -> EnvId {
        let k = n as usize;
        let id = if cfg!(debug_assertions) {
            let q = &mut self.quarantine[k];
            let id = q.pop_front().unwrap_or(NO_ENV);
            if q.len() <= ENV_QUARANTINE {
                self.free_sizes &= !(1 << n);
            }
            id
        } else {
            let id = self.free_heads[k];
            let next = self.envs.get(id as usize).map_or(NO_ENV, |e| e.parent.0);
            self.free_heads[k] = next;
            if next == NO_ENV {
                self.free_sizes &= !(1 << n);
            }
            id
        };
        // the lists hold environments that exist, of `n` slots (`release_env_inside`)
        let Some(e) = self.envs.get_mut(id as usize) else { return self.alloc_env_fresh(parent, n) };
        e.parent = parent;
        let start = e.start as usize;
        if let Some([f, rest @ ..]) = self.slots.get_mut(start..start + k) {
            *f = first;
            rest.fill(Value::Null);
        }
        EnvId(id)
    }

    /// A new environment of `n` slots, all `null`, at the end of the arena.
    #[inline]
    fn alloc_env_fresh(&mut self, parent: EnvId, n: u32) -> EnvId {
        let start = self.slots.len() as u32;
        self.slots.resize(start as usize + n as usize, Value::Null);
        self.push_env(parent, start)
    }

    /// Records a new environment whose slots start at `start`.
    #[inline]
    fn push_env(&mut self, parent: EnvId, start: u32) -> EnvId {
        let id = EnvId(self.envs.len() as u32);
        self.envs.push(EnvData { parent, start });
        if cfg!(debug_assertions) {
            // given-back environments are no longer at the end
            self.released_tail = 0;
        }
        id
    }

    /// Whether no thunk from `from` on can refer to `env`: each is evaluated (its
    /// environment is forgotten) or waits in another environment. Only the last
    /// [`SETTLED_SCAN`] thunks are looked at; more answers `false`.
    #[inline(never)]
    pub fn thunks_settled(&self, from: u32, env: EnvId) -> bool {
        match self.thunks.get(from as usize..) {
            Some(ts) if ts.len() <= SETTLED_SCAN => ts.iter().all(|t| match t {
                Thunk::Done(_) => true,
                Thunk::Pending { env: e, .. } => *e != env,
                Thunk::Blackhole => false,
                Thunk::Failed(_) => true,
            }),
            _ => false,
        }
    }

    /// Whether `env` is the last environment allocated and not given back (with
    /// debug assertions, given-back ones stay at the end, marked), the only one
    /// [`Heap::release_env`] can give back. The empty environment never is.
    #[inline]
    pub fn is_last_env(&self, env: EnvId) -> bool {
        let i = env.0 as usize;
        let tail = if cfg!(debug_assertions) { self.released_tail } else { 0 };
        i > 0 && i + 1 + tail == self.envs.len()
    }

    /// Gives back the environment a call allocated when it returns. The caller
    /// guarantees that nothing refers to it any more (`LambdaInfo::release_mark`).
    /// The last one allocated returns its slots, which are then the last ones too
    /// (environments take their slots as they are made), and the next allocation
    /// takes its place; any other is kept for the next environment of its size
    /// (`release_env_inside`). The empty environment is never given back.
    ///
    /// With debug assertions, the environment is kept and marked instead (one given
    /// back out of order is reused after a quarantine), and any use of it before
    /// then panics (`env_data`): the test suites and the fuzzers check the
    /// guarantee that way.
    #[inline(always)]
    pub fn release_env(&mut self, env: EnvId) {
        if !self.is_last_env(env) {
            return self.release_env_inside(env);
        }
        if cfg!(debug_assertions) {
            // kept, and marked: the last environment not given back yet, as `pop`
            // would leave it
            if let Some(e) = self.envs.get_mut(env.0 as usize) {
                e.parent = RELEASED_ENV;
                self.released_tail += 1;
            }
        } else if let Some(e) = self.envs.pop() {
            self.slots.truncate(e.start as usize);
        }
    }

    /// Gives back an environment that is not the last one: its place is kept for the
    /// next environment of its size (`reuse_env`). Its slot count is where the next
    /// environment's slots start: environments take their slots in the order they
    /// are made, and one reused keeps its place and size. Environments of no slots
    /// or many are left as they are. With debug assertions it is marked first, as
    /// [`Heap::release_env`] does.
    #[inline(never)]
    fn release_env_inside(&mut self, env: EnvId) {
        let i = env.0 as usize;
        let (Some(e), Some(next)) = (self.envs.get(i), self.envs.get(i + 1)) else { return };
        let n = next.start.saturating_sub(e.start) as usize;
        if i == 0 || n == 0 || n > FREE_ENV_SLOTS {
            return;
        }
        if cfg!(debug_assertions) {
            debug_assert!(e.parent != RELEASED_ENV, "environment {i} given back twice");
            self.envs[i].parent = RELEASED_ENV;
            self.quarantine[n].push_back(i as u32);
            if self.quarantine[n].len() > ENV_QUARANTINE {
                self.free_sizes |= 1 << n;
            }
        } else {
            // linked in front of the list through its parent
            self.envs[i].parent = EnvId(self.free_heads[n]);
            self.free_heads[n] = i as u32;
            self.free_sizes |= 1 << n;
        }
    }

    /// An environment's record (checking, with debug assertions, that it was not
    /// given back).
    #[inline]
    fn env_data(&self, env: EnvId) -> EnvData {
        let e = self.envs[env.0 as usize];
        debug_assert!(e.parent != RELEASED_ENV, "environment {} used after it was given back", env.0);
        e
    }

    /// The parent of an environment.
    #[inline]
    pub fn env_parent(&self, env: EnvId) -> EnvId {
        self.env_data(env).parent
    }

    /// The environment `depth` levels up from `env`.
    #[inline]
    pub fn env_up(&self, mut env: EnvId, depth: u32) -> EnvId {
        for _ in 0..depth {
            env = self.env_data(env).parent;
        }
        env
    }

    /// Reads a slot. The compiler only addresses slots an environment has; a read past
    /// the end of the slot arena gives `null`.
    #[inline]
    pub fn slot(&self, env: EnvId, i: u32) -> Value {
        let e = self.env_data(env);
        self.slots.get(e.start as usize + i as usize).copied().unwrap_or(Value::Null)
    }

    /// Writes a slot.
    #[inline]
    pub fn set_slot(&mut self, env: EnvId, i: u32, v: Value) {
        let e = self.env_data(env);
        if let Some(x) = self.slots.get_mut(e.start as usize + i as usize) {
            *x = v;
        }
    }

    // ---- attribute sets ----

    /// The set of the entries from `start` to the end of the arena. Past what an
    /// [`AttrsId`] addresses (2^31 entries) the heap is exhausted like memory is (see
    /// [`Heap::exhausted`]) and the set is empty.
    fn slice_from(&mut self, start: usize) -> AttrsId {
        let len = self.entries.len().saturating_sub(start);
        if len == 0 {
            return AttrsId::EMPTY;
        }
        if self.entries.len() >= LAYERED as usize {
            self.exhausted = true;
            self.entries.truncate(start);
            return AttrsId::EMPTY;
        }
        AttrsId { start: start as u32, len: len as u32 }
    }

    /// The entries of a slice (empty for a layer, whose range the arena never
    /// reaches).
    #[inline]
    fn slice(&self, id: AttrsId) -> &[Attr] {
        self.entries.get(id.range()).unwrap_or_default()
    }

    /// Allocates an attribute set from entries already sorted by name id, without
    /// duplicates.
    pub fn alloc_attrs_sorted(&mut self, entries: &[Attr]) -> AttrsId {
        self.alloc_attrs_sorted_iter(entries.iter().copied())
    }

    /// Like [`Heap::alloc_attrs_sorted`], from an iterator (no intermediate vector).
    #[inline]
    pub fn alloc_attrs_sorted_iter(&mut self, entries: impl Iterator<Item = Attr>) -> AttrsId {
        let start = self.entries.len();
        self.entries.extend(entries);
        self.slice_from(start)
    }

    /// A fresh attribute set with the names, positions and values of `id` (to have
    /// its values replaced in place with [`Heap::set_attr_value`]).
    pub fn copy_attrs(&mut self, id: AttrsId) -> AttrsId {
        let id = self.settled(id);
        if id.layer().is_some() {
            // merging the layers makes a fresh slice already
            return self.merged(id, None);
        }
        let start = self.entries.len();
        if id.is_empty() || self.entries.get(id.range()).is_none() {
            return AttrsId::EMPTY;
        }
        self.entries.extend_from_within(id.range());
        self.slice_from(start)
    }

    /// Allocates an attribute set from entries in any order; on duplicate names the
    /// last one wins.
    pub fn alloc_attrs_unsorted(&mut self, mut entries: Vec<Attr>) -> AttrsId {
        entries.sort_by_key(|a| a.name);
        // keep the last of equal names
        let mut out: Vec<Attr> = Vec::with_capacity(entries.len());
        for a in entries {
            match out.last_mut() {
                Some(l) if l.name == a.name => *l = a,
                _ => out.push(a),
            }
        }
        self.alloc_attrs_sorted(&out)
    }

    /// The set as one sorted slice: itself, or for a layer its layers merged (once:
    /// the slice is kept with the layer for the next time).
    pub fn flat(&mut self, id: AttrsId) -> Flat {
        let Some(l) = id.layer() else { return Flat(id) };
        let Some(layer) = self.layers.get(l).copied() else { return Flat(AttrsId::EMPTY) };
        if let Some(f) = layer.flat {
            return Flat(f);
        }
        let f = self.merged(id, None);
        if let Some(x) = self.layers.get_mut(l) {
            x.flat = Some(f);
        }
        Flat(f)
    }

    /// The entries of an attribute set, sorted by name id.
    #[inline]
    pub fn attrs(&self, f: Flat) -> &[Attr] {
        self.slice(f.0)
    }

    /// The entries of an attribute set, sorted by name id, copied (for callers that
    /// hold the heap shared and so cannot [`Heap::flat`] a layer).
    pub fn attrs_vec(&self, id: AttrsId) -> Vec<Attr> {
        let id = self.settled(id);
        if id.layer().is_none() {
            return self.slice(id).to_vec();
        }
        let (base, over) = self.layers_of(id, None);
        let es = self.slice(base);
        let mut out = Vec::with_capacity(id.len());
        let mut i = 0;
        for y in over {
            let k = i + es.get(i..).unwrap_or_default().partition_point(|x| x.name < y.name);
            out.extend_from_slice(es.get(i..k).unwrap_or_default());
            out.push(y);
            i = if es.get(k).is_some_and(|x| x.name == y.name) { k + 1 } else { k };
        }
        out.extend_from_slice(es.get(i..).unwrap_or_default());
        out
    }

    /// A layer that was merged already: its slice (anything else unchanged).
    #[inline]
    fn settled(&self, id: AttrsId) -> AttrsId {
        match id.layer().and_then(|l| self.layers.get(l)) {
            Some(Layer { flat: Some(f), .. }) => *f,
            _ => id,
        }
    }

    /// The slice under a layer's tops, and the tops' entries (with `over`'s above
    /// them all) sorted by name, the topmost of each name only.
    fn layers_of(&self, id: AttrsId, over: Option<AttrsId>) -> (AttrsId, Vec<Attr>) {
        let mut tops: Vec<AttrsId> = over.into_iter().collect();
        let mut base = id;
        while let Some(l) = base.layer() {
            let Some(layer) = self.layers.get(l) else {
                base = AttrsId::EMPTY;
                break;
            };
            if let Some(f) = layer.flat {
                base = f;
                break;
            }
            tops.push(layer.top);
            base = layer.base;
        }
        let mut entries: Vec<Attr> = Vec::with_capacity(tops.iter().map(|t| t.len()).sum());
        for t in &tops {
            entries.extend_from_slice(self.slice(*t));
        }
        // a stable sort keeps the topmost first among equal names
        entries.sort_by_key(|a| a.name);
        entries.dedup_by_key(|a| a.name);
        (base, entries)
    }

    /// A fresh slice with the entries of `id`, with those of the slice `over` (if
    /// any) over them.
    fn merged(&mut self, id: AttrsId, over: Option<AttrsId>) -> AttrsId {
        let (base, over) = self.layers_of(id, over);
        let start = self.entries.len();
        let end = base.range().end.min(start);
        let mut i = base.range().start.min(end);
        self.entries.reserve(base.len() + over.len());
        for y in over {
            let k = i + self.entries.get(i..end).unwrap_or_default().partition_point(|x| x.name < y.name);
            self.entries.extend_from_within(i..k);
            self.entries.push(y);
            i = if k < end && self.entries[k].name == y.name { k + 1 } else { k };
        }
        if i < end {
            self.entries.extend_from_within(i..end);
        }
        self.slice_from(start)
    }

    /// The arena index of `name`'s entry in `id`, through its layers.
    fn find_entry(&self, mut id: AttrsId, name: Sym) -> Option<usize> {
        // each base was made before its layer, so this ends
        loop {
            let Some(l) = id.layer() else {
                return find_attr(self.slice(id), name).map(|i| id.start as usize + i);
            };
            let layer = self.layers.get(l)?;
            if let Some(f) = layer.flat {
                id = f;
                continue;
            }
            if let Some(i) = find_attr(self.slice(layer.top), name) {
                return Some(layer.top.start as usize + i);
            }
            id = layer.base;
        }
    }

    /// Looks up a name.
    #[inline]
    pub fn attr(&self, id: AttrsId, name: Sym) -> Option<&Attr> {
        // the same search as `find_attr`, written for a reference: the interpreter loop
        // inlines this, and `find_attr(..).map(|i| &es[i])` measured 2-3% more
        // instructions there. A layer's slice is empty: it is looked at after a miss.
        // (Measured on `modules`, which makes no layers: testing for one first cost
        // 1-2% more instructions; the test after a miss calling a `#[cold]` function,
        // or a call where the range check fails, cost 4-6% more wall time, through
        // the interpreter loop's code layout; this form about 0.6%.)
        let es = self.slice(id);
        let found = if es.len() <= 8 {
            es.iter().find(|a| a.name == name)
        } else {
            es.binary_search_by_key(&name, |a| a.name).ok().map(|i| &es[i])
        };
        if found.is_none() && id.layer().is_some() {
            return self.layer_attr(id, name);
        }
        found
    }

    /// The value of `name` in `id`, for the interpreter loop (`with` variables, `?`,
    /// `or`): [`Heap::attr`]'s search, and for a layer [`Heap::attr_value`], which
    /// counts the read, so that a layer read often this way is merged too.
    #[inline]
    pub(crate) fn lookup(&mut self, id: AttrsId, name: Sym) -> Option<Value> {
        // `attr`'s search, written again: sharing it through an inlined helper made
        // `speculate` stop inlining a closure (`modules` +0.2% instructions, +1-2%
        // wall in two of three runs)
        let es = self.slice(id);
        let found = if es.len() <= 8 {
            es.iter().find(|a| a.name == name)
        } else {
            es.binary_search_by_key(&name, |a| a.name).ok().map(|i| &es[i])
        };
        match found {
            Some(a) => Some(a.value),
            None if id.layer().is_some() => self.attr_value(id, name),
            None => None,
        }
    }

    /// [`Heap::attr`] for callers outside the interpreter loop, where sets may be
    /// large: sets of 64 attributes or more are searched by `search_large`.
    #[inline(never)]
    pub fn attr_search(&self, id: AttrsId, name: Sym) -> Option<&Attr> {
        self.entries.get(self.find_entry(id, name)?)
    }

    /// Looks up a name and returns its value, resolved through an evaluated thunk;
    /// the attribute then holds the value itself (as a slot does once read), so
    /// later selections skip the thunk. Not observable: the thunk is evaluated.
    /// (Not inlined: the interpreter loop's code is sensitive to what it inlines.)
    #[inline(never)]
    pub fn attr_value(&mut self, id: AttrsId, name: Sym) -> Option<Value> {
        // no hint: no entry is at `usize::MAX`, so the set is searched
        self.attr_value_hinted(id, name, usize::MAX).map(|(_, v)| v)
    }

    /// [`Heap::attr_value`] trying the entry at `hint` first, in a slice or in a
    /// layer merged into one: the index found (`hint` for a layer not merged),
    /// with the value. The interpreter's selections of a layer come here after
    /// their hinted search of its (empty) slice misses (`Vm::select`).
    ///
    /// A layer read by more selections than an eighth of its size (and 32) is
    /// merged into one slice, kept with it: from then on its selections search
    /// that slice, from their hints, instead of every layer (a fixpoint's `final`
    /// set is read by every package), for a copy that costs about as much as the
    /// reads did.
    #[inline]
    pub fn attr_value_hinted(&mut self, mut id: AttrsId, name: Sym, hint: usize) -> Option<(usize, Value)> {
        if let Some(l) = id.layer() {
            let layer = self.layers.get_mut(l)?;
            if layer.flat.is_none() {
                layer.reads += 1;
                if layer.reads as usize <= 32 + id.len() / 8 {
                    let at = self.find_entry(id, name)?;
                    let e = self.entries.get_mut(at)?;
                    return Some((hint, resolve_in_place(&self.thunks, &mut e.value)));
                }
            }
            id = self.flat(id).0;
        }
        self.attr_value_at(id, name, hint)
    }

    /// [`Heap::attr_value`] trying the entry at `hint` first (where the same
    /// selection found its name last time, see `Vm::set_sel_hint`): the index found,
    /// with the value. Sets made by the same expression have the same names in the
    /// same order, so a selection site usually finds its name where it did before
    /// and skips the search; any other set is searched as usual.
    ///
    /// Only a slice is searched: a layer's slice is empty, so it finds nothing
    /// here, and the caller goes on to [`Heap::attr_value`], which reads layers.
    /// (This keeps the interpreter loop's selection as it was before layers: testing
    /// for one cost 1-2% more instructions.)
    #[inline]
    pub(crate) fn attr_value_at(&mut self, id: AttrsId, name: Sym, hint: usize) -> Option<(usize, Value)> {
        let es = self.slice(id);
        let i = match es.get(hint) {
            Some(e) if e.name == name => hint,
            _ => find_attr(es, name)?,
        };
        let e = self.entries.get_mut(id.start as usize + i)?;
        Some((i, resolve_in_place(&self.thunks, &mut e.value)))
    }

    /// [`Heap::attr`] trying the entry at `hint` first, as [`Heap::attr_value_at`],
    /// and like it, of a slice only: after a miss, the caller tries
    /// [`Heap::layer_attr`].
    #[inline]
    pub(crate) fn attr_at(&self, id: AttrsId, name: Sym, hint: usize) -> Option<(usize, &Attr)> {
        let es = self.slice(id);
        match es.get(hint) {
            Some(e) if e.name == name => Some((hint, e)),
            _ => {
                let i = find_attr(es, name)?;
                es.get(i).map(|e| (i, e))
            }
        }
    }

    /// [`Heap::attr_value`] of a layer; `None` for a slice.
    #[inline(never)]
    pub(crate) fn layer_value(&mut self, id: AttrsId, name: Sym) -> Option<Value> {
        id.layer()?;
        self.attr_value(id, name)
    }

    /// [`Heap::attr`] of a layer; `None` for a slice.
    #[inline(never)]
    pub(crate) fn layer_attr(&self, id: AttrsId, name: Sym) -> Option<&Attr> {
        id.layer()?;
        self.entries.get(self.find_entry(id, name)?)
    }

    /// Overwrites the value and position of an existing attribute of a slice (used
    /// by `mapAttrs` on its fresh copy; a layer is left alone).
    pub fn set_attr_value_pos(&mut self, id: AttrsId, idx: usize, v: Value, pos: PosId) {
        if let Some(e) = self.slice_entry_mut(id, idx) {
            e.value = v;
            e.pos = pos;
        }
    }

    /// Overwrites the value of an existing attribute of a slice, keeping its
    /// position (used while building `rec` sets; a layer is left alone).
    pub fn set_attr_value(&mut self, id: AttrsId, idx: usize, v: Value) {
        if let Some(e) = self.slice_entry_mut(id, idx) {
            e.value = v;
        }
    }

    /// Entry `idx` of a slice (not a layer).
    fn slice_entry_mut(&mut self, id: AttrsId, idx: usize) -> Option<&mut Attr> {
        if idx < id.len() && id.layer().is_none() { self.entries.get_mut(id.start as usize + idx) } else { None }
    }

    /// `a // b`: attributes of `b` override those of `a`.
    ///
    /// A big set (at least 64 attributes) updated by one at most half its size
    /// becomes a layer (see [`AttrsId`]): nothing is copied. When `a` has as many
    /// layers as a set may have (16), `a` is merged into one slice first, which is
    /// kept with `a`: the next update of `a` (overlays update one `prev` many
    /// times) starts from it. Any other update makes a fresh slice.
    pub fn update(&mut self, a: AttrsId, b: AttrsId) -> AttrsId {
        let (la, lb) = (a.len(), b.len());
        if la == 0 {
            return b;
        }
        if lb == 0 {
            return a;
        }
        let mut a = self.settled(a);
        let b = self.flat(b).0;
        if lb * 2 <= la && la >= LAYER_MIN && self.layers.len() < LAYERED as usize {
            let mut depth = a.layer().and_then(|l| self.layers.get(l)).map_or(0, |l| l.depth);
            if depth == MAX_LAYERS {
                // as deep as allowed: over `a` as one slice (kept with `a`, for the
                // next update of it: overlays update one `prev` many times)
                a = self.flat(a).0;
                depth = 0;
            }
            // the names of `b` that `a` lacks are new
            let new = self.slice(b).iter().filter(|e| self.find_entry(a, e.name).is_none()).count();
            let l = self.layers.len() as u32;
            self.layers.push(Layer { base: a, top: b, depth: depth + 1, reads: 0, flat: None });
            return AttrsId { start: LAYERED | l, len: (la + new) as u32 };
        }
        if a.layer().is_some() {
            return self.merged(a, Some(b));
        }
        // both slices: merge them (a big set updated by a smaller one became a
        // layer above, so this copies little)
        let start = self.entries.len();
        self.entries.reserve(la + lb);
        let (mut i, mut j) = (a.start as usize, b.start as usize);
        let (ea, eb) = (i + la, j + lb);
        while i < ea && j < eb {
            let (x, y) = (self.entries[i], self.entries[j]);
            if x.name < y.name {
                self.entries.push(x);
                i += 1;
            } else if y.name < x.name {
                self.entries.push(y);
                j += 1;
            } else {
                self.entries.push(y);
                i += 1;
                j += 1;
            }
        }
        while i < ea {
            let x = self.entries[i];
            self.entries.push(x);
            i += 1;
        }
        while j < eb {
            let y = self.entries[j];
            self.entries.push(y);
            j += 1;
        }
        self.slice_from(start)
    }

    // ---- lists ----

    /// Allocates a list.
    pub fn alloc_list(&mut self, items: &[Value]) -> ListRef {
        if items.is_empty() {
            return ListRef::EMPTY;
        }
        let start = self.elems.len() as u32;
        self.elems.extend_from_slice(items);
        ListRef { start, len: items.len() as u32 }
    }

    /// The concatenation of lists (`++`, `concatLists`, `concatMap`), copied within
    /// the element store: no intermediate vector. When at most one of them has
    /// elements, that one is the result (lists never change, so it is shared).
    pub fn concat_many(&mut self, lists: &[ListRef]) -> ListRef {
        let mut nonempty = lists.iter().filter(|l| l.len > 0);
        let total = match (nonempty.next(), nonempty.next()) {
            (None, _) => return ListRef::EMPTY,
            (Some(&only), None) => return only,
            _ => lists.iter().map(|l| l.len as usize).sum::<usize>(),
        };
        self.elems.reserve(total);
        let start = self.elems.len();
        for l in lists {
            let r = l.start as usize..l.start as usize + l.len as usize;
            if self.elems.get(r.clone()).is_some() {
                self.elems.extend_from_within(r);
            }
        }
        ListRef { start: start as u32, len: (self.elems.len() - start) as u32 }
    }

    /// Allocates a list from an iterator.
    pub fn alloc_list_iter(&mut self, items: impl IntoIterator<Item = Value>) -> ListRef {
        let start = self.elems.len();
        self.elems.extend(items);
        let len = self.elems.len() - start;
        if len == 0 {
            return ListRef::EMPTY;
        }
        ListRef { start: start as u32, len: len as u32 }
    }

    /// Allocates a list of `n` nulls, to be filled with [`Heap::init_list_elem`]
    /// before anything else can see it (the builder of `map`-like results).
    pub fn alloc_list_uninit(&mut self, n: u32) -> ListRef {
        if n == 0 {
            return ListRef::EMPTY;
        }
        let start = self.elems.len() as u32;
        self.elems.resize(self.elems.len() + n as usize, Value::Null);
        ListRef { start, len: n }
    }

    /// Sets element `i` of a list made by [`Heap::alloc_list_uninit`] (lists are
    /// immutable once a program can see them). Out of range: nothing happens.
    #[inline]
    pub fn init_list_elem(&mut self, l: ListRef, i: u32, v: Value) {
        if i < l.len
            && let Some(x) = self.elems.get_mut(l.start as usize + i as usize)
        {
            *x = v;
        }
    }

    /// Element `i` of a list, resolved through an evaluated thunk; the list then
    /// holds the value itself (later reads skip the thunk; not observable). `null`
    /// past the end. Not inlined (see [`Heap::attr_value`]).
    #[inline(never)]
    pub fn list_elem(&mut self, l: ListRef, i: u32) -> Value {
        if i >= l.len {
            return Value::Null;
        }
        match self.elems.get_mut(l.start as usize + i as usize) {
            Some(x) => resolve_in_place(&self.thunks, x),
            None => Value::Null,
        }
    }

    /// `a ++ b`.
    pub fn concat_lists(&mut self, a: ListRef, b: ListRef) -> ListRef {
        self.concat_many(&[a, b])
    }

    /// The elements of a list.
    #[inline]
    pub fn list(&self, l: ListRef) -> &[Value] {
        &self.elems[l.start as usize..(l.start + l.len) as usize]
    }

    // ---- partial applications ----

    /// Allocates a partial application.
    pub fn alloc_app(&mut self, app: App) -> AppId {
        let id = AppId(self.apps.len() as u32);
        self.apps.push(app);
        id
    }

    /// A partial application.
    pub fn app(&self, id: AppId) -> App {
        self.apps[id.0 as usize]
    }

    /// Resolves a value through evaluated thunks (one level: a thunk never holds a thunk).
    #[inline]
    pub fn resolve(&self, v: Value) -> Value {
        match v {
            Value::Thunk(t) => match self.thunks[t.0 as usize] {
                Thunk::Done(v) => v,
                _ => v,
            },
            v => v,
        }
    }

    /// The type of a resolved value ([`Type::Thunk`] if not yet evaluated).
    pub fn type_of(&self, v: Value) -> Type {
        match self.resolve(v) {
            Value::Null => Type::Null,
            Value::Bool(_) => Type::Bool,
            Value::Int(_) => Type::Int,
            Value::Float(_) => Type::Float,
            Value::String(_) => Type::String,
            Value::Path(_) => Type::Path,
            Value::Attrs(_) => Type::Attrs,
            Value::List(_) => Type::List,
            Value::Lambda(..) | Value::Builtin(_) | Value::PrimOpApp(_) => Type::Function,
            Value::Thunk(_) => Type::Thunk,
        }
    }
}

/// Where `name` is among `es` (sorted by name): a scan for small sets, a binary
/// search for larger ones.
#[inline]
fn find_attr(es: &[Attr], name: Sym) -> Option<usize> {
    if es.len() <= 8 {
        es.iter().position(|a| a.name == name)
    } else if es.len() < LARGE_SET {
        es.binary_search_by_key(&name, |a| a.name).ok()
    } else {
        search_large(es, name)
    }
}

/// Sets at least this large are searched by [`search_large`].
const LARGE_SET: usize = 64;

/// The position of `name` in a set of at least [`LARGE_SET`] attributes (sorted by
/// name id). Names made one after another get consecutive ids, so the ids of a
/// large set built from a list (`listToAttrs`, `genAttrs`, a package set) are often
/// spread evenly: the first probe goes where an even spread would put `name`, and
/// the search gallops outward from there (1, 2, 4, … entries) to bracket it, then
/// halves the bracket. Evenly spread ids take one or two probes, close together in
/// memory, where a binary search of 3,000 entries takes twelve, each likely a
/// cache miss; any other spread takes at most about twice a binary search's probes.
/// (Not inlined: `Heap::attr` is inlined into the interpreter loop.)
#[inline(never)]
fn search_large(es: &[Attr], name: Sym) -> Option<usize> {
    let n = es.len();
    let (first, last) = (es.first()?.name.0, es.last()?.name.0);
    let x = name.0;
    if x < first || x > last {
        return None;
    }
    let span = u64::from(last - first);
    let guess = (u64::from(x - first) * (n as u64 - 1)).checked_div(span).unwrap_or(0) as usize;
    let at = |i: usize| es.get(i).map_or(u32::MAX, |a| a.name.0);
    let g = at(guess);
    let (lo, hi) = if g == x {
        return Some(guess);
    } else if g < x {
        // bracket to the right: at(lo - 1) < x, and x < at(hi) or hi == n
        let (mut lo, mut step) = (guess + 1, 1);
        loop {
            let probe = guess + step;
            if probe >= n {
                break (lo, n);
            }
            let p = at(probe);
            if p == x {
                return Some(probe);
            }
            if p > x {
                break (lo, probe);
            }
            lo = probe + 1;
            step *= 2;
        }
    } else {
        // bracket to the left: x < at(hi), and at(lo - 1) < x or lo == 0
        let (mut hi, mut step) = (guess, 1);
        loop {
            let Some(probe) = guess.checked_sub(step) else {
                break (0, hi);
            };
            let p = at(probe);
            if p == x {
                return Some(probe);
            }
            if p < x {
                break (probe + 1, hi);
            }
            hi = probe;
            step *= 2;
        }
    };
    es.get(lo..hi)?.binary_search_by_key(&name, |a| a.name).ok().map(|i| lo + i)
}

/// The value held at `x`, resolved through an evaluated thunk, which `x` then holds
/// itself (later reads skip the thunk; not observable, the thunk is evaluated).
#[inline]
fn resolve_in_place(thunks: &[Thunk], x: &mut Value) -> Value {
    if let Value::Thunk(t) = *x
        && let Some(Thunk::Done(v)) = thunks.get(t.0 as usize)
    {
        *x = *v;
    }
    *x
}

#[cfg(test)]
mod tests {
    use super::*;

    /// String equality compares bytes only: the same text in two places, or with a
    /// context, is equal; a prefix or another text of the same length is not.
    #[test]
    fn strings_are_equal_by_their_bytes() {
        let mut h = Heap::new();
        let a = h.alloc_str(b"override");
        let b = h.alloc_str(b"override");
        let c = h.alloc_str(b"overrides");
        let d = h.alloc_str(b"overridf");
        let ctx: CtxElem = std::rc::Rc::from("/nix/store/00000000000000000000000000000000-x");
        let e = h.alloc_string(NixString { bytes: (*b"override").into(), context: Some(vec![ctx].into()) });
        assert_ne!(a, b, "two allocations");
        assert!(h.str_eq(a, a) && h.str_eq(a, b) && h.str_eq(b, a));
        assert!(h.str_eq(a, e) && h.str_eq(e, a), "the context is not compared");
        assert!(!h.str_eq(a, c) && !h.str_eq(c, a), "a prefix");
        assert!(!h.str_eq(a, d), "same length, other bytes");
        let empty = h.alloc_str(b"");
        assert!(h.str_eq(StrId::EMPTY, empty));
        assert!(!h.str_eq(StrId::EMPTY, a));
    }

    /// A hinted lookup finds a name wherever it is: at the hint, elsewhere in a small
    /// or a large set, past the end of a smaller set; and finds no name the set lacks,
    /// even when the hint points at an entry.
    #[test]
    fn hinted_lookups_find_names_wherever_they_are() {
        let mut h = Heap::new();
        let attr = |n: u32, v: i64| Attr { name: Sym(n), pos: PosId::NONE, value: Value::Int(v) };
        let small = h.alloc_attrs_sorted(&[attr(1, 10), attr(3, 30), attr(5, 50)]);
        let large_entries: Vec<Attr> = (0..100).map(|i| attr(2 * i, i as i64)).collect();
        let large = h.alloc_attrs_sorted(&large_entries);
        let get = |h: &mut Heap, a, n, hint| h.attr_value_at(a, Sym(n), hint);
        for hint in [0, 1, 2, 3, 1000] {
            assert!(matches!(get(&mut h, small, 3, hint), Some((1, Value::Int(30)))), "hint {hint}");
            assert!(matches!(get(&mut h, small, 5, hint), Some((2, Value::Int(50)))), "hint {hint}");
            assert!(get(&mut h, small, 4, hint).is_none(), "hint {hint}");
            assert!(matches!(get(&mut h, large, 150, hint), Some((75, Value::Int(75)))), "hint {hint}");
            assert!(get(&mut h, large, 151, hint).is_none(), "hint {hint}");
            assert!(matches!(h.attr_at(small, Sym(1), hint), Some((0, a)) if matches!(a.value, Value::Int(10))));
            assert!(h.attr_at(large, Sym(201), hint).is_none());
        }
        let empty = h.alloc_attrs_sorted(&[]);
        assert!(get(&mut h, empty, 0, 0).is_none());
        assert!(h.attr_at(empty, Sym(0), 0).is_none());
    }

    /// Environments given back out of order are reused by the next ones of their
    /// size (after the quarantine, with debug assertions), with their slots reset;
    /// other sizes and the last environment go on as before.
    #[test]
    fn environments_given_back_out_of_order_are_reused_by_size() {
        let mut h = Heap::new();
        let twos: Vec<EnvId> = (0..20).map(|i| h.alloc_env_with(EnvId::EMPTY, 2, Value::Int(i))).collect();
        let last = h.alloc_env(EnvId::EMPTY, 3);
        let given = ENV_QUARANTINE + 2;
        for e in &twos[..given] {
            h.set_slot(*e, 1, Value::Bool(true));
            h.release_env(*e);
        }
        let before = (h.envs.len(), h.slots.len());
        // as many as are out of quarantine come back, each once, cleared
        let waiting = if cfg!(debug_assertions) { given - ENV_QUARANTINE } else { given };
        let mut reused = Vec::new();
        for i in 0..waiting {
            let e = h.alloc_env_with(last, 2, Value::Int(100 + i as i64));
            assert!(twos[..given].contains(&e), "{e:?} is not one given back");
            assert!(!reused.contains(&e), "{e:?} reused twice");
            assert!(matches!(h.slot(e, 0), Value::Int(n) if n == 100 + i as i64));
            assert!(matches!(h.slot(e, 1), Value::Null));
            assert_eq!(h.env_parent(e), last);
            reused.push(e);
        }
        assert_eq!((h.envs.len(), h.slots.len()), before, "reuse grew the arenas");
        // then new ones again, as for any other size
        let fresh = h.alloc_env_with(EnvId::EMPTY, 2, Value::Null);
        assert_eq!(fresh.0 as usize, before.0);
        let three = h.alloc_env(EnvId::EMPTY, 3);
        assert_eq!(three.0 as usize, before.0 + 1);
        // the last environment still gives its place back at the end
        h.release_env(three);
        assert!(h.is_last_env(fresh));
        // environments of many slots are not kept
        let big = h.alloc_env(EnvId::EMPTY, FREE_ENV_SLOTS as u32 + 1);
        let after = h.alloc_env(EnvId::EMPTY, 1);
        h.release_env(big);
        assert!(!h.can_reuse(FREE_ENV_SLOTS as u32 + 1));
        assert!(h.is_last_env(after));
    }

    /// With debug assertions, an environment given back out of order is marked
    /// while it waits: using it panics.
    #[test]
    #[cfg(debug_assertions)]
    #[should_panic(expected = "used after it was given back")]
    fn an_environment_given_back_out_of_order_cannot_be_used() {
        let mut h = Heap::new();
        let a = h.alloc_env_with(EnvId::EMPTY, 1, Value::Null);
        let _b = h.alloc_env_with(EnvId::EMPTY, 1, Value::Null);
        h.release_env(a);
        h.env_parent(a);
    }

    #[test]
    fn large_set_search_finds_what_binary_search_finds() {
        // evenly spread ids, clusters far apart, one id per power of two then a run
        // at the top of the range, and a run of consecutive ids with one far outlier
        // at each end
        let spreads: Vec<Vec<u32>> = vec![
            (0..3000).map(|i| 100 + 3 * i).collect(),
            (0..100).chain(1_000_000..1_000_100).chain(4_000_000_000..4_000_000_050).collect(),
            (0..32).map(|i| 1u32 << i).chain(u32::MAX - 40..=u32::MAX).collect(),
            [0].into_iter().chain(500..600).chain([u32::MAX]).collect(),
        ];
        for ids in spreads {
            assert!(ids.len() >= LARGE_SET && ids.windows(2).all(|w| w[0] < w[1]));
            let es: Vec<Attr> =
                ids.iter().map(|&i| Attr { name: Sym(i), pos: PosId::NONE, value: Value::Null }).collect();
            let mut probes: Vec<u32> =
                ids.iter().flat_map(|&i| [i.saturating_sub(1), i, i.saturating_add(1)]).collect();
            probes.extend([0, 1, u32::MAX / 2, u32::MAX]);
            for x in probes {
                let expected = es.binary_search_by_key(&Sym(x), |a| a.name).ok();
                assert_eq!(search_large(&es, Sym(x)), expected, "{x}");
                assert_eq!(find_attr(&es, Sym(x)), expected, "{x}");
            }
        }
    }

    #[test]
    fn substrings_share_bytes_and_keep_the_context() {
        let mut h = Heap::new();
        let ctx: Box<[CtxElem]> = Box::new([CtxElem::from("/nix/store/aaaa-x")]);
        let s = h.alloc_string(NixString { bytes: b"hello world".as_slice().into(), context: Some(ctx) });
        let plain = h.alloc_str(b"abc");
        let before = h.approx_bytes();
        let sub = h.substring(s, 6, 3);
        assert_eq!(h.string(sub).bytes, b"wor");
        assert_eq!(h.string(sub).context(), h.string(s).context());
        // clamped to the string; an empty slice keeps the context too
        assert_eq!(h.string(h.substring(s, 6, usize::MAX)).bytes, b"world");
        let empty = h.substring(s, 20, 5);
        assert_eq!(h.string(empty).bytes, b"");
        assert_eq!(h.string(empty).context().len(), 1);
        assert_eq!(h.substring(plain, 3, 1), StrId::EMPTY);
        assert_eq!(h.string(h.substring(plain, 1, 1)).bytes, b"b");
        assert_eq!(h.approx_bytes(), before, "nothing was copied");
    }

    #[test]
    fn update_of_a_big_set_by_a_small_one() {
        let mut h = Heap::new();
        let attr = |n: u32, v: i64| Attr { name: Sym(n), pos: PosId::NONE, value: Value::Int(v) };
        // names 10, 12, …, 208 in `a` (big enough for a layer with up to 50 names in
        // `b`; 60 are merged into a fresh slice); `b` overrides some, adds some
        // before, between, after
        let a: Vec<Attr> = (0..100).map(|i| attr(10 + 2 * i, 0)).collect();
        let a = h.alloc_attrs_sorted(&a);
        for b_names in [
            vec![1u32],
            vec![10],
            vec![209],
            vec![208],
            vec![1, 11, 40, 41, 99, 300],
            vec![10, 208],
            (0..40).collect(),
            (0..120).step_by(2).collect(),
        ] {
            let b: Vec<Attr> = b_names.iter().map(|&n| attr(n, 1)).collect();
            let b = h.alloc_attrs_sorted(&b);
            let got: Vec<(u32, i64)> = {
                let u = h.update(a, b);
                h.attrs_vec(u).iter().map(|x| (x.name.0, if let Value::Int(v) = x.value { v } else { -1 })).collect()
            };
            let mut want: std::collections::BTreeMap<u32, i64> = (0..100).map(|i| (10 + 2 * i, 0)).collect();
            for &n in &b_names {
                want.insert(n, 1);
            }
            assert_eq!(got, want.into_iter().collect::<Vec<_>>(), "b = {b_names:?}");
        }
    }

    /// `//` of a big set by small ones makes layers: every read of the result
    /// (lookups of every kind, its size, its entries in order, copies) agrees with
    /// a model, past the most layers a set may have, for a big update over layers,
    /// a layered set as the update, and a set merged once and updated again; and
    /// the layers copy far fewer entries than updating copies would.
    #[test]
    fn updates_kept_as_layers_read_like_copies() {
        use std::collections::BTreeMap;
        let mut h = Heap::new();
        let attr = |n: u32, v: i64| Attr { name: Sym(n), pos: PosId::NONE, value: Value::Int(v) };
        let check = |h: &mut Heap, id: AttrsId, model: &BTreeMap<u32, i64>, what: &str| {
            let want: Vec<(u32, i64)> = model.iter().map(|(&k, &v)| (k, v)).collect();
            let int = |v: Value| if let Value::Int(i) = v { i } else { -1 };
            assert_eq!(id.len(), want.len(), "{what}: len");
            let vec: Vec<(u32, i64)> = h.attrs_vec(id).iter().map(|a| (a.name.0, int(a.value))).collect();
            assert_eq!(vec, want, "{what}: attrs_vec");
            for n in 0..1100 {
                let w = model.get(&n).copied();
                assert_eq!(h.attr(id, Sym(n)).map(|a| int(a.value)), w, "{what}: attr {n}");
                assert_eq!(h.attr_search(id, Sym(n)).map(|a| int(a.value)), w, "{what}: attr_search {n}");
                assert_eq!(h.attr_value(id, Sym(n)).map(int), w, "{what}: attr_value {n}");
            }
            let copy = h.copy_attrs(id);
            let f = h.flat(copy);
            let copied: Vec<(u32, i64)> = h.attrs(f).iter().map(|a| (a.name.0, int(a.value))).collect();
            assert_eq!(copied, want, "{what}: copy_attrs");
        };
        // names 0, 2, …, 398
        let mut model: BTreeMap<u32, i64> = (0..200).map(|i| (2 * i, 0)).collect();
        let entries: Vec<Attr> = model.iter().map(|(&k, &v)| attr(k, v)).collect();
        let mut set = h.alloc_attrs_sorted(&entries);
        // 40 updates of four names: name 0 each time, one other overridden, one new,
        // one new past the end
        for k in 1..=40u32 {
            let names = [0, (k * 14) % 400, 2 * k + 401, 600 + k];
            let mut b: Vec<Attr> = names.iter().map(|&n| attr(n, i64::from(k))).collect();
            b.sort_by_key(|a| a.name);
            let b = h.alloc_attrs_sorted(&b);
            set = h.update(set, b);
            for n in names {
                model.insert(n, i64::from(k));
            }
            check(&mut h, set, &model, &format!("after update {k}"));
        }
        assert!(set.layer().is_some(), "the result is a layer");
        // `check`'s selections merged each layer (more reads than an eighth of its size)
        assert!(h.layers.iter().all(|l| l.flat.is_some()), "read layers are merged");
        // a merged layer's selections find their names from their hints, in its slice
        let f = h.flat(set);
        let i = h.attrs(f).iter().position(|a| a.name == Sym(14)).unwrap_or(usize::MAX);
        assert!(matches!(h.attr_value_hinted(set, Sym(14), 0), Some((j, Value::Int(_))) if j == i));
        assert!(matches!(h.attr_value_hinted(set, Sym(14), i), Some((j, Value::Int(_))) if j == i));
        let want = model.get(&14).copied();
        assert!(matches!(h.lookup(set, Sym(14)), Some(Value::Int(v)) if Some(v) == want));
        assert!(h.lookup(set, Sym(1)).is_none() && h.layer_value(set, Sym(1)).is_none());
        // the same updates with no reads between them copy few entries
        let mut fresh = Heap::new();
        let mut s2 = fresh.alloc_attrs_sorted(&entries);
        let before = fresh.entries.len();
        for k in 1..=40u32 {
            let mut b: Vec<Attr> = [0, (k * 14) % 400, 2 * k + 401, 600 + k].iter().map(|&n| attr(n, 1)).collect();
            b.sort_by_key(|a| a.name);
            let b = fresh.alloc_attrs_sorted(&b);
            s2 = fresh.update(s2, b);
        }
        let copied = fresh.entries.len() - before - 40 * 4;
        assert!(copied < 2 * 320, "{copied} entries copied by 40 updates of 200-320 entries");
        assert_eq!(s2.len(), set.len());
        // a layered set as the update of a small set, and a big update of a layered set
        let small = h.alloc_attrs_sorted(&[attr(1, -1), attr(1000, -1)]);
        let over = h.update(small, set);
        let mut over_model = model.clone();
        over_model.entry(1).or_insert(-1);
        over_model.entry(1000).or_insert(-1);
        check(&mut h, over, &over_model, "a layered set over a small one");
        let big: Vec<Attr> = (0..150).map(|i| attr(4 * i + 1, 7)).collect();
        let big = h.alloc_attrs_sorted(&big);
        let merged = h.update(set, big);
        let mut big_model = model.clone();
        for i in 0..150 {
            big_model.insert(4 * i + 1, 7);
        }
        check(&mut h, merged, &big_model, "a big update of a layered set");
        // merged once (kept with the layer), then updated again
        let f = h.flat(set);
        assert_eq!(h.attrs(f).len(), model.len());
        assert_eq!(h.flat(set), f, "merged once");
        let b = h.alloc_attrs_sorted(&[attr(3, 3)]);
        let again = h.update(set, b);
        model.insert(3, 3);
        check(&mut h, again, &model, "an update of a merged layer");
    }

    #[test]
    fn string_ids_pack_and_refuse_what_does_not_fit() {
        let id = StrId::new(0x9_1234_5678, 77, StrId::MAX_CTX).unwrap();
        assert_eq!(id.range(), 0x9_1234_5678..0x9_1234_5678 + 77);
        assert_eq!(id.ctx(), StrId::MAX_CTX);
        assert!(StrId::new(StrId::MAX_START as usize, 1, 0).is_none());
        assert!(StrId::new(0, 0, StrId::MAX_CTX + 1).is_none());
        if usize::BITS > 32 {
            assert!(StrId::new(0, 1 << 32, 0).is_none());
        }
        // a string that does not fit exhausts the heap and reads as empty
        let mut h = Heap::new();
        assert!(!h.exhausted());
        assert_eq!(h.str_id(StrId::MAX_START as usize, 2, 0), StrId::EMPTY);
        assert!(h.exhausted());
    }

    #[test]
    fn strings_share_one_arena() {
        let mut h = Heap::new();
        let a = h.alloc_str(b"foo");
        let b = h.alloc_string(NixString {
            bytes: b"bar".as_slice().into(),
            context: Some(vec!["/nix/store/x".into()].into()),
        });
        assert_eq!(h.str_bytes(a), b"foo");
        assert_eq!(h.string(b).bytes, b"bar");
        assert_eq!(h.string(b).context(), &["/nix/store/x".into()] as &[CtxElem]);
        assert!(h.string(a).context().is_empty());
        // built in place from other strings, with a context
        let mark = h.str_begin();
        h.str_push_str(a);
        h.str_push_str(b);
        h.str_push_str(a);
        let c = h.str_finish(mark, vec!["/nix/store/x".into()]);
        assert_eq!(h.str_bytes(c), b"foobarfoo");
        assert_eq!(h.string(c).context().len(), 1);
        assert_eq!(h.string(c).to_nix_string().bytes.as_ref(), b"foobarfoo");
        // later strings leave it alone; the empty string is shared
        let d = h.alloc_str(b"baz");
        assert_eq!(h.str_bytes(d), b"baz");
        assert_eq!(h.str_bytes(c), b"foobarfoo");
        let mark = h.str_begin();
        assert_eq!(h.str_finish(mark, Vec::new()), StrId::EMPTY);
        assert_eq!(h.alloc_str(b""), StrId::EMPTY);
        // an id from elsewhere reads as the empty string, never a panic
        let foreign = StrId { lo: u32::MAX - 2, len: 100, hi: 0xF | (7 << 4) };
        assert_eq!(h.str_bytes(foreign), b"");
        assert!(h.string(foreign).context().is_empty());
        assert!(!h.exhausted());
    }
}
