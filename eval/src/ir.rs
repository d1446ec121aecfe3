//! The intermediate representation: the rnix tree with every name resolved.
//!
//! Produced by [`crate::lower`], consumed by [`crate::compile`]; allocated in a
//! `bumpalo` arena that lives for one file's compilation. Every variable is resolved
//! to a slot in a function environment, a global, or a dynamic `with` lookup.
//! `let`/`rec`/`with` bindings get slots in the environment of the enclosing
//! function (or file), so a call allocates exactly one environment however many
//! `let`s its body contains.

use crate::symbol::Sym;
use nixlet_parser::TextRange;

/// How a variable is found at run time.
#[derive(Debug, Clone, Copy)]
pub enum Var<'a> {
    /// Slot `slot` of the environment `depth` functions up (0 = the current one).
    Local {
        /// Number of function environments to walk up.
        depth: u32,
        /// Slot index.
        slot: u32,
    },
    /// A global (builtin) by index.
    Global(u32),
    /// Looked up dynamically in the enclosing `with` scopes, innermost first.
    With(&'a WithLookup<'a>),
}

/// A variable found only in enclosing `with` scopes. Kept behind a reference (the
/// rare case) so that a [`Var`], and with it every [`Expr`], stays small: 16 bytes
/// instead of 40.
#[derive(Debug, Clone, Copy)]
pub struct WithLookup<'a> {
    /// The name.
    pub name: Sym,
    /// `(depth, slot)` of each enclosing `with` namespace, innermost first.
    pub scopes: &'a [(u32, u32)],
    /// Where each of those `with` expressions is.
    pub positions: &'a [TextRange],
}

/// A piece of an interpolated string.
#[derive(Debug, Clone, Copy)]
pub enum Part<'a> {
    /// Literal bytes.
    Lit(&'a [u8]),
    /// `${expr}`, with the position of the `${` (or of the operand of `+`).
    Expr(&'a Expr<'a>, TextRange),
}

/// An attribute name in a select / has-attr path.
#[derive(Debug, Clone, Copy)]
pub enum Key<'a> {
    /// Known at compile time.
    Static(Sym),
    /// Computed (`${e}` or an interpolated string).
    Dynamic(&'a Expr<'a>),
}

/// Binary operators (after desugaring `-`, `*`, `/`, `<` when user code rebinds
/// `__sub`, `__mul`, `__div` or `__lessThan`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Neq,
    And,
    Or,
    Impl,
    Concat,
    Update,
}

/// A `let` / `rec` binding stored in a slot of the current function environment.
#[derive(Debug, Clone, Copy)]
pub struct Binding<'a> {
    /// Slot in the current function environment.
    pub slot: u32,
    /// Its value.
    pub value: &'a Expr<'a>,
}

/// A statically named attribute of an attribute-set literal.
#[derive(Debug, Clone, Copy)]
pub struct StaticAttr<'a> {
    /// Name.
    pub name: Sym,
    /// Definition position.
    pub range: TextRange,
    /// Value (for `rec` sets: a read of the attribute's slot).
    pub value: &'a Expr<'a>,
}

/// A dynamically named attribute (`${e} = v;`).
#[derive(Debug, Clone, Copy)]
pub struct DynAttr<'a> {
    /// The name expression.
    pub name: &'a Expr<'a>,
    /// The value.
    pub value: &'a Expr<'a>,
    /// Definition position.
    pub range: TextRange,
}

/// An attribute-set literal.
#[derive(Debug)]
pub struct Attrs<'a> {
    /// Slot initialisations to run first (`rec` bindings and `inherit (e)` sources).
    pub bindings: &'a [Binding<'a>],
    /// Static attributes, in source order.
    pub statics: &'a [StaticAttr<'a>],
    /// Dynamic attributes, in source order.
    pub dynamics: &'a [DynAttr<'a>],
    /// For a `rec` set with `__overrides`: slots of the static attributes, in
    /// `statics` order, so the overrides are visible in the recursive scope.
    pub rec_slots: Option<&'a [u32]>,
}

/// A formal argument `{ name ? default }`.
#[derive(Debug, Clone, Copy)]
pub struct Formal<'a> {
    /// Name.
    pub name: Sym,
    /// Slot in the lambda's environment.
    pub slot: u32,
    /// Default value.
    pub default: Option<&'a Expr<'a>>,
    /// Position of the name.
    pub range: TextRange,
}

/// A lambda's parameter.
#[derive(Debug, Clone, Copy)]
pub enum Param<'a> {
    /// `x: …` (the argument is in slot 0, or `Lambda::param_slot` when chained).
    Ident(Sym),
    /// `{ a, b ? 1, ... } @ args: …` (the argument is in slot 0).
    Pattern {
        /// The formals, in source order.
        formals: &'a [Formal<'a>],
        /// `...` present.
        ellipsis: bool,
        /// `@` binding name, if any.
        bind: Option<Sym>,
    },
}

/// A function.
#[derive(Debug)]
pub struct Lambda<'a> {
    /// Parameter.
    pub param: Param<'a>,
    /// Body.
    pub body: &'a Expr<'a>,
    /// Number of slots of the environment a call allocates (0 for a chained
    /// lambda: its slots are counted in the enclosing lambda's).
    pub nslots: u32,
    /// Slot of the argument: 0, or after the enclosing lambda's slots when chained.
    pub param_slot: u32,
    /// The whole body of another lambda (`a: b: …`) taking a plain name: it runs in
    /// the enclosing lambda's environment, extended by its own slots. A call with
    /// all the arguments of the chain allocates one environment; calling the
    /// closure left by a partial application copies the enclosing environment.
    pub chained: bool,
    /// Name given by the binding it is defined in (`f = x: …` names it `f`).
    pub name: Option<Sym>,
    /// Range of the lambda (its position is the start).
    pub range: TextRange,
}

/// A call of a small `let`- or `rec`-bound function replaced by the function's
/// body (see `Lowerer::inline_call`). The body reads an argument that is a
/// variable in that variable's slot and a constant or global in place; the other
/// arguments are made as a call's arguments are and stored in fresh slots of the
/// current environment (`bindings`). The code is marked so that its errors get the
/// trace frames of the call.
#[derive(Debug)]
pub struct Inlined<'a> {
    /// The fresh slots and the arguments stored in them.
    pub bindings: &'a [Binding<'a>],
    /// The function's body.
    pub body: &'a Expr<'a>,
    /// The function's name (the binding's).
    pub name: Sym,
    /// Where the innermost lambda of the call is (its `while calling` frame).
    pub lambda: TextRange,
}

/// An expression and its range in the original text.
#[derive(Debug)]
pub struct Expr<'a> {
    /// What it is.
    pub kind: ExprKind<'a>,
    /// Where it is.
    pub range: TextRange,
    /// A constant or global read in place of an inlined call's parameter
    /// (`Lowerer::inline_call`): it counts as reading a variable where that
    /// matters (speculation, see `Compiler::lazy`), as the parameter did.
    pub param: bool,
}

/// Expression kinds.
#[derive(Debug)]
#[allow(missing_docs)]
pub enum ExprKind<'a> {
    Int(i64),
    Float(f64),
    /// A string literal without interpolation.
    Str(&'a [u8]),
    /// A string with interpolations.
    Interp(&'a [Part<'a>]),
    /// A literal absolute path.
    Path(&'a [u8]),
    /// A path with interpolations (first part is the literal prefix, already absolute).
    PathInterp(&'a [Part<'a>]),
    Var(Var<'a>),
    Lambda(&'a Lambda<'a>),
    /// `f a b …` (at least one argument).
    Apply(&'a Expr<'a>, &'a [&'a Expr<'a>]),
    /// `e.a.b` with optional `or` default.
    Select(&'a Expr<'a>, &'a Keys<'a>, Option<&'a Expr<'a>>),
    /// `e ? a.b`.
    HasAttr(&'a Expr<'a>, &'a Keys<'a>),
    Attrs(&'a Attrs<'a>),
    List(&'a [&'a Expr<'a>]),
    /// Initialise the bindings' slots, then evaluate the body.
    Let(&'a [Binding<'a>], &'a Expr<'a>),
    /// `with ns; body`: `ns` is stored (lazily) in `slot`.
    With(&'a Expr<'a>, u32, &'a Expr<'a>),
    If(&'a Expr<'a>, &'a Expr<'a>, &'a Expr<'a>),
    /// `assert cond; body` with the condition's source text for the message.
    Assert(&'a Expr<'a>, &'a Expr<'a>, &'a &'a str),
    /// A binary operator: the range of the expression is the operator's; the last
    /// field holds the positions of the operands (as written, parentheses included).
    Bin(BinOp, &'a Expr<'a>, &'a Expr<'a>, &'a (TextRange, TextRange)),
    Not(&'a Expr<'a>),
    Neg(&'a Expr<'a>),
    /// `__curPos`: `(line, column)` of the token.
    CurPos(u32, u32),
    /// A call inlined (the range is the call's).
    Inline(&'a Inlined<'a>),
}

/// The keys of a selection or a `?` test, read as their slice. A reference to the
/// slice rather than the slice itself, like the other bulky fields of
/// [`ExprKind`]: every variant fits in 24 bytes, so an [`Expr`] takes 48 bytes
/// instead of 64 (a big generated file's IR was 50 MB).
#[derive(Debug)]
pub struct Keys<'a>(pub &'a [Key<'a>]);

// what `Keys` and the other references in `ExprKind` are for (see `Keys`)
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Expr<'static>>() == 48);

impl<'a> std::ops::Deref for Keys<'a> {
    type Target = [Key<'a>];
    fn deref(&self) -> &[Key<'a>] {
        self.0
    }
}

/// A lowered file.
#[derive(Debug)]
pub struct Root<'a> {
    /// The file's expression.
    pub body: &'a Expr<'a>,
    /// Slots of the file-level environment.
    pub nslots: u32,
    /// Slots pre-filled by the caller (for `scopedImport`), in order.
    pub scope_slots: &'a [(Sym, u32)],
}
