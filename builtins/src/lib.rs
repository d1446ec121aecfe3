//! `nixlet-builtins`: the builtins of the Nix language.
//!
//! Every builtin is declared once, as a [`Decl`] in its family's table (with its
//! documentation), and implemented as a plain function from forced arguments to a
//! [`Step`](nixlet_eval::Step). [`install`] registers them all in a [`Vm`] under the names C++ Nix uses:
//! `builtins.x` for every builtin, `__x` for builtins-only ones, and the bare name for
//! the few that are also global (`map`, `toString`, `import`, ...).
//!
//! Invariants: no OS access (files through the VM's `Io`, store through its
//! `StoreHooks`); no native recursion into the evaluator — builtins that need a
//! value forced or a function called return a `Step` with a continuation.

mod attrs;
mod context;
mod core;
mod derivation;
mod fetch;
mod files;
mod flake;
mod hash;
mod json;
mod lists;
mod numbers;
mod regex;
pub mod store_access;
mod strings;
mod toml;
mod util;
mod xml;

use nixlet_eval::builtin::{Builtin, BuiltinFn};
use nixlet_eval::{Value, Vm};

pub use fetch::{FetchAttr, FetchedTree, Fetcher, FetcherSlot, set_fetcher};
pub use json::to_json_string;
pub use xml::{to_xml_string, to_xml_string_with};

/// A builtin's declaration.
#[derive(Clone, Copy)]
pub struct Decl {
    /// The name as Nix registers it: `__x` for builtins-only, `x` for global ones.
    pub name: &'static str,
    /// Number of arguments.
    pub arity: u8,
    /// Bit `i`: argument `i` is forced before the call.
    pub strict: u8,
    /// Implementation.
    pub func: BuiltinFn,
    /// Documentation (Markdown).
    pub doc: &'static str,
}

impl Decl {
    /// The name under `builtins.`.
    pub fn short_name(&self) -> &'static str {
        self.name.strip_prefix("__").unwrap_or(self.name)
    }
}

/// Declares a builtin: `decl!("__name", arity, strict_mask, function, "doc")`.
#[macro_export]
macro_rules! decl {
    ($name:literal, $arity:literal, $strict:expr, $func:path, $doc:literal) => {
        $crate::Decl { name: $name, arity: $arity, strict: $strict, func: $func, doc: $doc }
    };
}

/// How the host configures the constants.
#[derive(Debug, Clone)]
pub struct Config {
    /// `builtins.currentSystem`.
    pub current_system: String,
    /// Search path entries `(prefix, path)` for `builtins.nixPath` (`-I` first, then `NIX_PATH`).
    pub nix_path: Vec<(String, String)>,
    /// `builtins.storeDir`.
    pub store_dir: String,
    /// `builtins.currentTime` (impure mode only).
    pub current_time: i64,
    /// Pure evaluation (hides impure constants).
    pub pure: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            current_system: "x86_64-linux".into(),
            nix_path: Vec::new(),
            store_dir: "/nix/store".into(),
            current_time: 0,
            pure: false,
        }
    }
}

/// The version of the Nix language nixlet implements.
pub const LANG_VERSION: i64 = 6;
/// The Nix version nixlet reports in `builtins.nixVersion`.
pub const NIX_VERSION: &str = "2.31.0";

/// All declarations.
pub fn all_decls() -> Vec<&'static Decl> {
    let mut v: Vec<&'static Decl> = Vec::new();
    for table in [
        core::DECLS,
        lists::DECLS,
        attrs::DECLS,
        strings::DECLS,
        numbers::DECLS,
        json::DECLS,
        toml::DECLS,
        xml::DECLS,
        regex::DECLS,
        hash::DECLS,
        files::DECLS,
        flake::DECLS,
        fetch::DECLS,
        context::DECLS,
        derivation::DECLS,
    ] {
        v.extend(table.iter());
    }
    v
}

/// Registers every builtin and constant in `vm`.
pub fn install(vm: &mut Vm, cfg: &Config) {
    let mut entries: Vec<(&str, Value)> = Vec::new();
    for d in all_decls() {
        let v = vm.add_builtin(Builtin {
            name: d.short_name(),
            arity: d.arity,
            strict: d.strict,
            func: d.func,
            doc: d.doc,
        });
        vm.add_global(d.name, v);
        entries.push((d.short_name(), v));
    }
    let mut constant = |vm: &mut Vm, name: &'static str, v: Value| {
        vm.add_global(name, v);
        entries.push((name.strip_prefix("__").unwrap_or(name), v));
    };
    constant(vm, "true", Value::Bool(true));
    constant(vm, "false", Value::Bool(false));
    constant(vm, "null", Value::Null);
    constant(vm, "__langVersion", Value::Int(LANG_VERSION));
    let v = vm.mk_str(NIX_VERSION.as_bytes());
    constant(vm, "__nixVersion", v);
    let v = vm.mk_str(cfg.store_dir.as_bytes());
    constant(vm, "__storeDir", v);
    if !cfg.pure {
        constant(vm, "__currentTime", Value::Int(cfg.current_time));
        let v = vm.mk_str(cfg.current_system.as_bytes());
        constant(vm, "__currentSystem", v);
    }
    let mut path_entries = Vec::new();
    let (k_path, k_prefix) = (vm.known.path, vm.known.prefix);
    for (prefix, path) in &cfg.nix_path {
        let p = vm.mk_str(path.as_bytes());
        let x = vm.mk_str(prefix.as_bytes());
        path_entries.push(vm.mk_attrs(vec![(k_path, p), (k_prefix, x)]));
    }
    let v = vm.mk_list(&path_entries);
    constant(vm, "__nixPath", v);
    // `derivation` is written in Nix; it is compiled once `builtins` exists
    let derivation_thunk = vm.heap.alloc_thunk(nixlet_eval::value::Thunk::Blackhole);
    constant(vm, "derivation", Value::Thunk(derivation_thunk));
    // `builtins` itself (it contains itself, as in Nix)
    let builtins_sym = vm.known.builtins;
    let mut pairs: Vec<(nixlet_eval::Sym, Value)> = entries.iter().map(|(n, v)| (vm.symbols.intern(n), *v)).collect();
    let placeholder = vm.heap.alloc_thunk(nixlet_eval::value::Thunk::Blackhole);
    pairs.push((builtins_sym, Value::Thunk(placeholder)));
    let b = vm.mk_attrs(pairs);
    vm.heap.set_thunk(placeholder, nixlet_eval::value::Thunk::Done(b));
    vm.add_global("builtins", b);
    let origin = nixlet_parser::Origin::Builtin("derivation.nix");
    match vm.compile(origin, derivation::DERIVATION_NIX, "/", &[]) {
        Ok(c) => {
            if let Value::Thunk(t) = vm.file_thunk(c, &[]) {
                let state = vm.heap.thunk(t);
                vm.heap.set_thunk(derivation_thunk, state);
            }
        }
        Err(e) => {
            // the embedded source is fixed: this only fails if it is broken
            let msg = format!("internal error: the built-in `derivation` does not compile: {}", e.message());
            let v = vm.mk_str(msg.as_bytes());
            vm.heap.set_thunk(derivation_thunk, nixlet_eval::value::Thunk::Done(v));
        }
    }
}

/// Gives `vm` a store (`MemoryStore`, a local directory, the daemon, or a read-only
/// view): used by `derivationStrict`, `toFile`, path copying.
pub fn set_store(vm: &mut Vm, store: Box<dyn nixlet_store::Store>) {
    vm.store = Box::new(store_access::StoreAccess::new(store));
}

/// Constants [`install`] makes global besides the builtins (`derivation` included).
const GLOBAL_CONSTANTS: &[&str] =
    &["true", "false", "null", "__langVersion", "__nixVersion", "__storeDir", "__nixPath", "derivation", "builtins"];

/// Constants only installed in impure mode.
const IMPURE_CONSTANTS: &[&str] = &["__currentTime", "__currentSystem"];

/// Every name [`install`] makes global (`map`, `__head`, `true`, `builtins`, …),
/// without evaluating anything: static analysis (language servers) resolves names
/// against this set. `pure` leaves out the impure constants, as `install` does.
pub fn global_names(pure: bool) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = all_decls().iter().map(|d| d.name).collect();
    v.extend_from_slice(GLOBAL_CONSTANTS);
    if !pure {
        v.extend_from_slice(IMPURE_CONSTANTS);
    }
    v
}

/// Documentation of a builtin by name (for REPLs and language servers).
pub fn doc(name: &str) -> Option<&'static str> {
    all_decls().into_iter().find(|d| d.short_name() == name).map(|d| d.doc)
}

#[cfg(test)]
mod tests {
    #[test]
    fn global_names_are_what_install_registers() {
        for pure in [false, true] {
            let mut vm = nixlet_eval::Vm::new(Box::new(nixlet_eval::io::NoIo));
            super::install(&mut vm, &super::Config { pure, ..Default::default() });
            let mut installed: Vec<String> = vm.global_names.keys().map(|&s| vm.symbols.str(s).into_owned()).collect();
            installed.sort();
            let mut listed: Vec<String> = super::global_names(pure).iter().map(|s| s.to_string()).collect();
            listed.sort();
            assert_eq!(installed, listed, "pure = {pure}");
        }
    }

    #[test]
    fn builtins_selections_are_resolved_when_compiling() {
        use nixlet_eval::code::Op;
        let count = |text: &str, which: fn(&Op) -> bool| {
            let mut vm = nixlet_eval::Vm::new(Box::new(nixlet_eval::io::NoIo));
            super::install(&mut vm, &super::Config::default());
            let before = vm.prog.ops.len();
            vm.compile(nixlet_parser::Origin::Other("test".into()), text, "/", &[]).expect("compiles");
            vm.prog.ops[before..].iter().filter(|op| which(op)).count()
        };
        let selects = |text: &str| {
            count(text, |op| {
                matches!(op, Op::Select(..) | Op::SelectOr(..) | Op::LocalSelect(..) | Op::LocalSelectOr(..))
            })
        };
        // `let` bindings of them are known too: no selection, no variable read
        let reads = |text: &str| {
            count(text, |op| {
                matches!(op, Op::Upvalue(_) | Op::UpvalueFar(_) | Op::Local(_) | Op::Select(..) | Op::LocalSelect(..))
            })
        };
        assert_eq!(reads("let inherit (builtins) isAttrs; in x: y: isAttrs y"), 1, "only `y` is read");
        assert_eq!(reads("let b = builtins; l = b.length; in x: l x"), 1);
        assert_eq!(reads("let l = builtins.length; in x: let l = x; in l"), 2, "shadowed: `x`, then `l`");
        let inlined = |text: &str| count(text, |op| matches!(op, Op::EnterBuiltin(_)));
        assert_eq!(inlined("let inherit (builtins) seq; in x: seq x x"), 1, "seq named through a let");
        // the global set's attributes are known: no selection is left at run time
        assert_eq!(selects("builtins.length [ (builtins.stringLength \"a\") ]"), 0);
        assert_eq!(selects("x: builtins.builtins.typeOf x"), 0);
        assert_eq!(selects("builtins.nope or builtins.null"), 1, "a missing one is selected at run time");
        assert_eq!(selects("let builtins = { length = 1; }; in builtins.length"), 1, "shadowed");
        assert_eq!(selects("builtins: builtins.length"), 1, "a parameter shadows");
    }

    #[test]
    fn builtin_names_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for d in super::all_decls() {
            assert!(seen.insert(d.name), "builtin {} is declared twice", d.name);
        }
    }
}
