//! Interned identifiers and attribute names.
//!
//! Every attribute name and variable name is a [`Sym`], a `u32`. Names that are valid
//! UTF-8 (all but pathological ones) live in a `lasso` interner; byte strings that are
//! not UTF-8 (possible for names built at run time, e.g. from `substring`) live in a
//! small side table and get ids with the top bit set. Attribute sets are sorted by
//! `Sym` id, so lookups compare integers; orderings a user can observe (printing,
//! `attrNames`) sort by the names' bytes.

use lasso::{Key, Rodeo, Spur};
use rustc_hash::{FxBuildHasher, FxHashMap};

/// An interned name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Sym(pub u32);

const NON_UTF8: u32 = 1 << 31;

/// The interner owned by one evaluator.
pub struct Symbols {
    /// Fx hashing, as every other table of the evaluator: names are short, and
    /// SipHash cost more than the lookup itself (interning dynamic attribute names).
    rodeo: Rodeo<Spur, FxBuildHasher>,
    raw: Vec<Box<[u8]>>,
    raw_map: FxHashMap<Box<[u8]>, u32>,
}

impl Default for Symbols {
    fn default() -> Self {
        Self::new()
    }
}

impl Symbols {
    /// An empty interner.
    pub fn new() -> Self {
        Symbols { rodeo: Rodeo::with_hasher(FxBuildHasher), raw: Vec::new(), raw_map: FxHashMap::default() }
    }

    /// Interns a UTF-8 name.
    pub fn intern(&mut self, s: &str) -> Sym {
        let k = self.rodeo.get_or_intern(s);
        Sym(k.into_usize() as u32)
    }

    /// Interns any byte string.
    pub fn intern_bytes(&mut self, b: &[u8]) -> Sym {
        match std::str::from_utf8(b) {
            Ok(s) => self.intern(s),
            Err(_) => {
                if let Some(&i) = self.raw_map.get(b) {
                    return Sym(i | NON_UTF8);
                }
                let i = self.raw.len() as u32;
                self.raw.push(b.into());
                self.raw_map.insert(b.into(), i);
                Sym(i | NON_UTF8)
            }
        }
    }

    /// Looks a name up without interning it.
    pub fn get_bytes(&self, b: &[u8]) -> Option<Sym> {
        match std::str::from_utf8(b) {
            Ok(s) => self.rodeo.get(s).map(|k| Sym(k.into_usize() as u32)),
            Err(_) => self.raw_map.get(b).map(|&i| Sym(i | NON_UTF8)),
        }
    }

    /// The bytes of a name.
    pub fn bytes(&self, s: Sym) -> &[u8] {
        if s.0 & NON_UTF8 != 0 {
            return self.raw.get((s.0 & !NON_UTF8) as usize).map(|b| &b[..]).unwrap_or(b"");
        }
        match Spur::try_from_usize(s.0 as usize) {
            Some(k) => self.rodeo.try_resolve(&k).map(|s| s.as_bytes()).unwrap_or(b""),
            None => b"",
        }
    }

    /// The name as text (lossy for the rare non-UTF-8 names).
    pub fn str(&self, s: Sym) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(self.bytes(s))
    }
}

macro_rules! known_syms {
    ($($field:ident = $text:expr),* $(,)?) => {
        /// Names the evaluator itself needs, interned once at start-up.
        #[derive(Debug, Clone, Copy)]
        #[allow(missing_docs)]
        pub struct KnownSyms { $(pub $field: Sym,)* }

        impl KnownSyms {
            /// Interns all known names.
            pub fn new(s: &mut Symbols) -> Self {
                KnownSyms { $($field: s.intern($text),)* }
            }
        }
    };
}

known_syms! {
    type_ = "type",
    derivation = "derivation",
    out_path = "outPath",
    drv_path = "drvPath",
    functor = "__functor",
    to_string = "__toString",
    overrides = "__overrides",
    name = "name",
    value = "value",
    success = "success",
    body = "body",
    file = "file",
    line = "line",
    column = "column",
    outputs = "outputs",
    out = "out",
    output_name = "outputName",
    all = "all",
    drv_attrs = "drvAttrs",
    builtins = "builtins",
    key = "key",
    start_set = "startSet",
    operator = "operator",
    path = "path",
    prefix = "prefix",
    right = "right",
    wrong = "wrong",
    ignore_nulls = "__ignoreNulls",
    structured_attrs = "__structuredAttrs",
    system = "system",
    builder = "builder",
    args = "args",
    version = "version",
}
