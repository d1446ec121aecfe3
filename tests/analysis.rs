//! Scope analysis for language servers (`nixlet::analysis`).
//!
//! Golden tests: every `tests/golden/analysis/NAME.nix` is analysed and the dump
//! (definitions with their uses, references with their resolution, scopes,
//! diagnostics, and the names visible at each `/*@*/` marker) must equal `NAME.exp`.
//! A missing expectation fails; `NIXLET_BLESS=1` (re)writes them.
//!
//! Then API tests on small inputs, and random inputs that must never panic.

use nixlet::analysis::{
    Analysis, DefinitionKind, NameSource, Range, Resolution, ScopeKind, Severity, analyze, analyze_with,
};
use std::fmt::Write;
use std::path::{Path, PathBuf};

mod common;
use common::{Rng, TOKENS};

fn pos(a: &Analysis, offset: u32) -> String {
    let p = a.position(offset);
    format!("{}:{}", p.line, p.column)
}

fn range(a: &Analysis, r: Range) -> String {
    format!("{}-{}", pos(a, r.start), pos(a, r.end))
}

/// The stable text form of an analysis the golden files hold.
fn dump(src: &str, a: &Analysis) -> String {
    let mut out = String::new();
    out.push_str("definitions:\n");
    for d in a.definitions() {
        let uses: Vec<String> = a.references_to(d.id).iter().map(|r| pos(a, r.start)).collect();
        let uses = if uses.is_empty() { "unused".to_string() } else { format!("used at {}", uses.join(", ")) };
        let implicit_only = uses == "unused" && !a.unused().iter().any(|u| u.id == d.id);
        let uses = if implicit_only { "used implicitly".to_string() } else { uses };
        let _ = writeln!(
            out,
            "  #{} {} {} {} (scope {}) {}",
            d.id.0,
            d.name,
            d.kind.as_str(),
            range(a, d.range),
            range(a, d.scope),
            uses
        );
    }
    out.push_str("references:\n");
    for r in a.references() {
        let target = match &r.resolution {
            Resolution::Definition(id) => match a.definition(*id) {
                Some(d) => format!("#{} {}", d.id.0, pos(a, d.range.start)),
                None => "?".into(),
            },
            Resolution::With(ws) => {
                format!("with {}", ws.iter().map(|w| pos(a, w.start)).collect::<Vec<_>>().join(", "))
            }
            Resolution::Global => "global".into(),
            Resolution::Undefined => "undefined".into(),
        };
        let implicit = if r.implicit { " (implicit)" } else { "" };
        let _ = writeln!(out, "  {} {} -> {}{}", range(a, r.range), r.name, target, implicit);
    }
    out.push_str("scopes:\n");
    for s in a.scopes() {
        let kind = match s.kind {
            ScopeKind::Let => "let",
            ScopeKind::Rec => "rec",
            ScopeKind::Lambda => "lambda",
            ScopeKind::With => "with",
        };
        let names: Vec<&str> =
            s.definitions.iter().filter_map(|&id| a.definition(id)).map(|d| d.name.as_str()).collect();
        let _ = writeln!(out, "  {} {}: {}", kind, range(a, s.range), names.join(" "));
    }
    out.push_str("diagnostics:\n");
    for d in a.diagnostics() {
        let sev = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(out, "  {} {}: {}", sev, range(a, d.range), d.message);
    }
    let markers: Vec<usize> = src.match_indices("/*@*/").map(|(i, _)| i).collect();
    if !markers.is_empty() {
        out.push_str("visible:\n");
        for m in markers {
            let v = a.visible_names_at(m as u32);
            let locals: Vec<&str> = v
                .names
                .iter()
                .filter(|n| matches!(n.source, NameSource::Definition(_)))
                .map(|n| n.name.as_str())
                .collect();
            let withs: Vec<String> = v.with_scopes.iter().map(|w| pos(a, w.start)).collect();
            let _ = writeln!(
                out,
                "  at {}: {}{}",
                pos(a, m as u32),
                if locals.is_empty() { "-".to_string() } else { locals.join(" ") },
                if withs.is_empty() { String::new() } else { format!(" [with {}]", withs.join(", ")) }
            );
        }
    }
    out
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden").join("analysis")
}

#[test]
fn golden_analysis() {
    let dir = golden_dir();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/golden/analysis exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "nix"))
        .collect();
    files.sort();
    assert!(files.len() >= 10, "expected the analysis golden files, found {}", files.len());
    let bless = std::env::var_os("NIXLET_BLESS").is_some();
    let mut failures = Vec::new();
    for f in &files {
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let src = std::fs::read_to_string(f).expect("golden input is UTF-8");
        let a = analyze(&src, &format!("/pwd/{name}"));
        let actual = dump(&src, &a);
        let exp_file = f.with_extension("exp");
        match std::fs::read_to_string(&exp_file) {
            Ok(exp) if exp == actual => {}
            _ if bless => std::fs::write(&exp_file, &actual).expect("can write golden file"),
            Ok(exp) => failures.push(format!("{name}: differs\n--- expected\n{exp}\n--- actual\n{actual}")),
            Err(_) => failures.push(format!("{name}: no {} (actual:\n{actual})", exp_file.display())),
        }
    }
    eprintln!("analysis golden: {} files checked", files.len());
    assert!(failures.is_empty(), "{} analysis golden failures:\n\n{}", failures.len(), failures.join("\n\n"));
}

fn at(src: &str, needle: &str) -> u32 {
    src.find(needle).unwrap_or_else(|| panic!("{needle:?} in {src:?}")) as u32
}

#[test]
fn go_to_definition_and_rename_ranges() {
    let src = "let f = { a, b ? a }: a + b; in f { a = 1; }";
    let a = analyze(src, "t.nix");
    // from the use of `a` in the default to the formal
    let d = a.definition_at(at(src, "a }")).expect("a resolves");
    assert_eq!((d.name.as_str(), d.kind, d.range.start), ("a", DefinitionKind::Formal, at(src, "a,")));
    // from the binding site itself (cursor right after the name too)
    assert_eq!(a.definition_at(at(src, "a,")).map(|d| d.id), Some(d.id));
    assert_eq!(a.definition_at(at(src, "a,") + 1).map(|d| d.id), Some(d.id));
    let uses: Vec<u32> = a.references_to(d.id).iter().map(|r| r.start).collect();
    assert_eq!(uses, [at(src, "a }"), at(src, "a +")]);
    // `a = 1` is an attribute name, not a variable
    assert!(a.definition_at(at(src, "a = 1")).is_none());
    // `f` is used once, from the body
    let f = a.definition_at(at(src, "f {")).expect("f resolves");
    assert_eq!(f.kind, DefinitionKind::LetBinding);
    assert!(a.unused().is_empty());
}

#[test]
fn inherit_is_a_definition_and_a_reference() {
    let src = "x: let inherit x; in x";
    let a = analyze(src, "t.nix");
    let inherit_at = at(src, "x;");
    // go to definition from the inherited name leads to the parameter
    let d = a.definition_at(inherit_at).expect("resolves");
    assert_eq!(d.kind, DefinitionKind::Param);
    // the body's `x` is the let binding
    let body = a.definition_at(at(src, "in x") + 3).expect("resolves");
    assert_eq!((body.kind, body.range.start), (DefinitionKind::LetInherit, inherit_at));
    assert_eq!(a.references_to(d.id).iter().map(|r| r.start).collect::<Vec<_>>(), [inherit_at]);
}

#[test]
fn visible_names_innermost_first_with_globals() {
    let src = "a: let b = 1; a = 2; in with {}; x: /*here*/ x";
    let a = analyze(src, "t.nix");
    let v = a.visible_names_at(at(src, "/*here*/"));
    let locals: Vec<(&str, DefinitionKind)> = v
        .names
        .iter()
        .filter_map(|n| match n.source {
            NameSource::Definition(id) => a.definition(id).map(|d| (n.name.as_str(), d.kind)),
            NameSource::Global => None,
        })
        .collect();
    // the let's `a` shadows the parameter `a`
    assert_eq!(
        locals,
        [("x", DefinitionKind::Param), ("b", DefinitionKind::LetBinding), ("a", DefinitionKind::LetBinding)]
    );
    assert_eq!(v.with_scopes.iter().map(|w| w.start).collect::<Vec<_>>(), [at(src, "with")]);
    assert!(v.names.iter().any(|n| n.name == "map" && n.source == NameSource::Global));
    assert!(v.names.iter().any(|n| n.name == "builtins"));
    // outside everything: only globals, no `with`
    let v = analyze("1", "t.nix").visible_names_at(0);
    assert!(v.with_scopes.is_empty());
    assert!(v.names.iter().all(|n| n.source == NameSource::Global));
    assert!(v.names.iter().any(|n| n.name == "true"));
}

#[test]
fn pure_mode_hides_impure_globals() {
    let src = "__currentSystem";
    assert!(analyze(src, "t.nix").diagnostics().is_empty());
    let pure = analyze_with(src, "t.nix", &nixlet::analysis::AnalysisOptions { pure: true, ..Default::default() });
    assert_eq!(pure.references()[0].resolution, Resolution::Undefined);
    assert_eq!(pure.diagnostics()[0].message, "undefined variable '__currentSystem'");
}

#[test]
fn diagnostics_render_like_nix() {
    let a = analyze("let x = 1;\nin y", "/pwd/t.nix");
    assert!(a.has_errors());
    let text = a.render_diagnostic(0).expect("one diagnostic");
    assert!(text.starts_with("error: undefined variable 'y'\n       at /pwd/t.nix:2:4:"), "{text}");
    assert!(a.render_diagnostic(1).is_none());
}

/// Runs every query at every offset: nothing may panic.
fn exercise(src: &str) {
    let a = analyze(src, "fuzz.nix");
    for i in 0..a.diagnostics().len() {
        let _ = a.render_diagnostic(i);
    }
    let _ = a.unused();
    for d in a.definitions() {
        let _ = a.references_to(d.id);
    }
    for off in 0..=src.len() as u32 + 1 {
        let _ = a.definition_at(off);
        let _ = a.scopes_at(off);
        let _ = a.visible_names_at(off);
        let _ = a.position(off);
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..500 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0xff) as u8).collect();
        exercise(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn random_token_soup_never_panics() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for _ in 0..2000 {
        let n = rng.below(40);
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(TOKENS[rng.below(TOKENS.len())]);
            if rng.below(3) == 0 {
                s.push(' ');
            }
        }
        exercise(&s);
    }
}

#[test]
fn deep_nesting_is_a_diagnostic() {
    let src = format!("{}x{}", "(".repeat(20_000), ")".repeat(20_000));
    let a = analyze(&src, "deep.nix");
    assert!(a.has_errors());
    // beyond MAX_NESTING levels of lambdas: a diagnostic
    let src = format!("{}1", "x: ".repeat(10_001));
    assert!(analyze(&src, "lambdas.nix").has_errors());
    // 3,000 (which C++ Nix accepts) are analysed
    let src = format!("{}x", "x: ".repeat(3_000));
    let a = analyze(&src, "lambdas.nix");
    assert!(a.diagnostics().is_empty());
    assert_eq!(a.definitions().len(), 3_000);
    assert_eq!(a.unused().len(), 2_999);
}

/// The example of README.md, "Language servers" (keep the two equal).
#[test]
fn readme_example() {
    let src = "{ pkgs, unused }: let greet = n: \"hi ${n}\"; in with pkgs; greet hello";
    let a = analyze(src, "/path/to/file.nix");
    assert!(a.diagnostics().is_empty());
    let use_of_greet = src.rfind("greet").unwrap() as u32;
    let def = a.definition_at(use_of_greet).unwrap();
    assert_eq!(def.range.start, src.find("greet").unwrap() as u32);
    assert_eq!(a.references_to(def.id).len(), 1);
    let hello = a.references().iter().find(|r| r.name == "hello").unwrap();
    assert!(matches!(hello.resolution, Resolution::With(_)));
    assert_eq!(a.unused().iter().map(|d| d.name.as_str()).collect::<Vec<_>>(), ["unused"]);
    let names = a.visible_names_at(src.len() as u32);
    assert_eq!(names.names[0].name, "greet");
    assert_eq!(names.with_scopes.len(), 1);
}
