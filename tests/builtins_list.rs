//! The set of builtins: nixlet has every builtin Nix 2.8 has (recorded once in
//! `tests/data/nix-2.8-builtins.txt` with
//! `nix-instantiate --eval --json -E 'builtins.attrNames builtins'`) and the newer
//! ones current Nix has; the names Nix makes global are reachable unqualified (and
//! only those); every builtin function is documented.

use std::collections::BTreeSet;

use nixlet::Evaluator;

/// Builtins of current Nix that Nix 2.8 did not have.
const NEWER: &[&str] = &[
    // used by C++ Nix's language tests (the conformance corpus)
    "addDrvOutputDependencies",
    "break",
    "convertHash",
    "flakeRefToString",
    "parseFlakeRef",
    "readFileType",
    "warn",
    // not used by the corpus
    "fetchClosure", // Nix: behind the `fetch-closure` experimental feature (nixlet: an error when called)
    "getFlake",     // Nix: behind the `flakes` experimental feature
    "traceVerbose",
];

// Deliberately absent from nixlet: `outputOf` (experimental `dynamic-derivations`),
// `exec` and `importNative` (need `allow-unsafe-native-code-during-evaluation`),
// `fetchFinalTree` and `forceLazyFetcherAttr` (internal to Nix's fetchers).

/// Names C++ Nix registers without the `__` prefix: they are in scope everywhere,
/// besides being attributes of `builtins`. (`fetchurl`, like every other builtin, is
/// only `builtins.fetchurl` / `__fetchurl`.)
const GLOBALS: &[&str] = &[
    "abort",
    "baseNameOf",
    "break",
    "derivation",
    "derivationStrict",
    "dirOf",
    "fetchGit",
    "fetchMercurial",
    "fetchTarball",
    "fetchTree",
    "fromTOML",
    "import",
    "isNull",
    "map",
    "placeholder",
    "removeAttrs",
    "scopedImport",
    "throw",
    "toString",
    "true",
    "false",
    "null",
    "builtins",
];

/// Attributes of `builtins` that are values, not builtin functions (no declaration,
/// hence no doc string of their own).
const CONSTANTS: &[&str] = &[
    "builtins",
    "currentSystem",
    "currentTime",
    "derivation",
    "false",
    "langVersion",
    "nixPath",
    "nixVersion",
    "null",
    "storeDir",
    "true",
];

fn builtin_names(eval: &Evaluator) -> BTreeSet<String> {
    let v = eval.eval_str("builtins.attrNames builtins").expect("builtins.attrNames evaluates");
    v.list().expect("a list").iter().map(|n| n.as_str().expect("a name")).collect()
}

fn nix28_names() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/nix-2.8-builtins.txt");
    let text = std::fs::read_to_string(path).expect("the recorded Nix 2.8 list exists");
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
}

#[test]
fn has_every_builtin_of_nix() {
    let eval = Evaluator::builder().build();
    let names = builtin_names(&eval);
    let old = nix28_names();
    assert!(old.len() > 100, "the recorded list looks truncated ({} names)", old.len());
    let missing: Vec<&String> = old.iter().filter(|n| !names.contains(*n)).collect();
    assert!(missing.is_empty(), "builtins of Nix 2.8 missing in nixlet: {missing:?}");
    let missing: Vec<&&str> = NEWER.iter().filter(|n| !names.contains(**n)).collect();
    assert!(missing.is_empty(), "builtins of current Nix missing in nixlet: {missing:?}");
    for n in NEWER {
        assert!(!old.contains(&n.to_string()), "{n} is listed as newer but Nix 2.8 has it");
    }
}

#[test]
fn global_names_are_in_scope() {
    let eval = Evaluator::builder().build();
    let names = builtin_names(&eval);
    for g in GLOBALS {
        assert!(names.contains(*g), "{g} should also be builtins.{g}");
        // the unqualified name is the same value as the attribute of `builtins`
        let same = format!("builtins.typeOf {g} == builtins.typeOf builtins.{g}");
        let v = eval.eval_str(&same).unwrap_or_else(|e| panic!("{g} is not in scope: {}", e.message()));
        assert!(v.as_bool().expect("a Boolean"), "{g} differs from builtins.{g}");
        // and there is no `__` alias for it
        let alias = format!("__{g}");
        assert!(eval.eval_str(&alias).is_err(), "{alias} should not exist (Nix registers {g} without the prefix)");
    }
    for n in &names {
        if GLOBALS.contains(&n.as_str()) {
            continue;
        }
        // everything else is `__name`, and not in scope unqualified
        let prefixed = format!("builtins.typeOf __{n} == builtins.typeOf builtins.{n}");
        let v = eval.eval_str(&prefixed).unwrap_or_else(|e| panic!("__{n} is not in scope: {}", e.message()));
        assert!(v.as_bool().expect("a Boolean"), "__{n} differs from builtins.{n}");
        assert!(eval.eval_str(n).is_err(), "{n} should not be in scope unqualified (Nix has only __{n})");
    }
    // `builtins` contains itself
    let v = eval.eval_str("builtins.builtins.builtins ? map").expect("evaluates");
    assert!(v.as_bool().expect("a Boolean"));
}

#[test]
fn every_builtin_is_documented() {
    let eval = Evaluator::builder().build();
    let names = builtin_names(&eval);
    for d in nixlet_builtins::all_decls() {
        assert!(!d.doc.trim().is_empty(), "builtin {} has no doc string", d.short_name());
        assert!(names.contains(d.short_name()), "declared builtin {} is not in builtins", d.short_name());
    }
    for n in &names {
        if CONSTANTS.contains(&n.as_str()) {
            continue;
        }
        let doc = nixlet_builtins::doc(n);
        assert!(doc.is_some_and(|d| !d.trim().is_empty()), "builtins.{n} has no documentation");
    }
}
