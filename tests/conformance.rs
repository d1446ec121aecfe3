//! Runs C++ Nix's language test suite (`run-lang-tests` over `tests/functional/lang`)
//! against the `nixlet` binary and fails if fewer tests pass than the floor recorded
//! in `tests/conformance-floor.txt` (a ratchet: raise it as conformance improves).
//!
//! Where things are:
//! - the runner: `$NIXLET_LANG_RUNNER`, else `../shared/conformance/run-lang-tests`
//!   next to the repository;
//! - the corpus: `$NIXLET_LANG_TESTS` (any checkout of Nix's `tests/functional/lang`),
//!   else the runner's default (`nix-lang/` beside it).
//!
//! When the runner or corpus is missing the test prints `SKIPPED: …` and passes,
//! unless `NIXLET_REQUIRE_ALL=1` (set by CI), which turns the skip into a failure.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn skip(msg: &str) {
    if std::env::var("NIXLET_REQUIRE_ALL").map(|v| v == "1").unwrap_or(false) {
        panic!("required test skipped: {msg}");
    }
    eprintln!("SKIPPED: {msg}");
}

fn floors() -> BTreeMap<String, u64> {
    let text = std::fs::read_to_string(repo().join("tests/conformance-floor.txt")).expect("floor file exists");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            Some((it.next()?.to_string(), it.next()?.parse().ok()?))
        })
        .collect()
}

/// Per test of the runner's JSON (a list of flat objects): its category, its
/// status, and whether its error text equals the expected one exactly
/// (`msg_exact`, failing tests) or its printed expression does (`ast_match`,
/// parse-okay tests).
fn results(json: &str) -> Vec<(String, String, bool)> {
    // The runner's output is trusted JSON; a tiny scanner avoids a JSON dependency.
    // Each test's object starts with its name (error texts may hold braces).
    let mut out = Vec::new();
    for obj in json.split("\"name\": \"").skip(1) {
        let field = |k: &str| -> Option<String> {
            let pat = format!("\"{k}\": \"");
            let i = obj.find(&pat)? + pat.len();
            let j = obj[i..].find('"')?;
            Some(obj[i..i + j].to_string())
        };
        let exact = ["\"msg_exact\": true", "\"ast_match\": true"].iter().any(|k| obj.contains(k));
        if let (Some(c), Some(s)) = (field("category"), field("status")) {
            out.push((c, s, exact));
        }
    }
    out
}

#[test]
fn conformance_ratchet() {
    let runner = std::env::var_os("NIXLET_LANG_RUNNER")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared/conformance/run-lang-tests"));
    if !runner.exists() {
        return skip(&format!("conformance runner not found at {} (set NIXLET_LANG_RUNNER)", runner.display()));
    }
    if Command::new("python3").arg("--version").output().is_err() {
        return skip("python3 is not installed (the conformance runner needs it)");
    }
    let corpus = std::env::var_os("NIXLET_LANG_TESTS").map(PathBuf::from);
    if let Some(c) = &corpus
        && !c.is_dir()
    {
        return skip(&format!("NIXLET_LANG_TESTS={} is not a directory", c.display()));
    }
    let out_json = std::env::temp_dir().join(format!("nixlet-conformance-{}.json", std::process::id()));
    let mut cmd = Command::new("python3");
    cmd.arg(&runner)
        .arg("--eval")
        .arg(env!("CARGO_BIN_EXE_nixlet"))
        .arg("--jobs")
        .arg("2")
        .arg("--json-out")
        .arg(&out_json);
    if let Some(c) = &corpus {
        cmd.arg("--corpus").arg(c);
    }
    let out = cmd.output().expect("the conformance runner starts");
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprintln!("{stdout}");
    assert!(out.status.success(), "runner failed: {}", String::from_utf8_lossy(&out.stderr));
    let json = std::fs::read_to_string(&out_json).expect("runner wrote its JSON");
    let _ = std::fs::remove_file(&out_json);
    let mut passed: BTreeMap<String, u64> = BTreeMap::new();
    for (cat, status, exact) in results(&json) {
        if status == "pass" {
            *passed.entry(cat.clone()).or_default() += 1;
            // the error text (or printed expression) exactly C++ Nix's, too
            if exact {
                *passed.entry(format!("{cat}/exact")).or_default() += 1;
            }
        }
    }
    let floors = floors();
    let mut low = Vec::new();
    for (cat, floor) in &floors {
        let got = passed.get(cat).copied().unwrap_or(0);
        eprintln!("{cat}: {got} passed (floor {floor})");
        if corpus.is_none() && got < *floor {
            low.push(format!("{cat}: {got} < floor {floor}"));
        }
    }
    assert!(low.is_empty(), "conformance fell below the recorded floor: {}", low.join(", "));
    let _ = Path::new(&out_json);
}
