//! Replays every input under `fuzz/regressions/<target>/` through the code the fuzz
//! target `<target>` runs (the same file, `fuzz/src/lib.rs`), so that a bug a fuzzer
//! once found stays fixed without cargo-fuzz or a nightly toolchain.
//!
//! Each input must return normally (no panic; an abort or a stack overflow would end
//! this test process) and within a generous wall-clock bound: the evaluation limits
//! (steps, heap, 2 s per evaluation) hold in a debug build too.

#[path = "../fuzz/src/lib.rs"]
mod harness;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Inputs that still fail, with the reason; they are listed (so the file stays
/// committed and is fuzzed from) but not replayed.
const KNOWN_FAILING: &[(&str, &str)] = &[];

/// Upper bound for one input in a debug build: each of the (at most five)
/// evaluations of an `eval` input stops after 2 s, parsing is linear.
const BOUND: Duration = Duration::from_secs(40);

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz").join("regressions")
}

fn inputs(target: &str) -> Vec<PathBuf> {
    let Ok(rd) = std::fs::read_dir(regressions_dir().join(target)) else {
        return Vec::new();
    };
    let mut v: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
    v.sort();
    v
}

fn replay(target: &str, run: fn(&[u8])) {
    let files = inputs(target);
    let mut failures = Vec::new();
    for path in &files {
        let name = format!("{target}/{}", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
        if let Some((_, why)) = KNOWN_FAILING.iter().find(|(n, _)| *n == name) {
            println!("known failing, skipped: {name}: {why}");
            continue;
        }
        let data = std::fs::read(path).expect("regression input is readable");
        let start = Instant::now();
        // The fuzzer runs inputs on the main thread (8 MiB of stack): do the same.
        let outcome = std::thread::Builder::new()
            .name(name.clone())
            .stack_size(8 << 20)
            .spawn(move || run(&data))
            .expect("thread starts")
            .join();
        let took = start.elapsed();
        if outcome.is_err() {
            failures.push(format!("{name}: panicked"));
        } else if took > BOUND {
            failures.push(format!("{name}: took {took:?}"));
        }
    }
    println!("{target}: replayed {} inputs", files.len());
    assert!(failures.is_empty(), "regressions:\n{}", failures.join("\n"));
}

#[test]
fn parse_regressions() {
    replay("parse", harness::run_parse);
}

#[test]
fn compile_regressions() {
    replay("compile", harness::run_compile);
}

#[test]
fn eval_regressions() {
    replay("eval", harness::run_eval);
}

#[test]
fn eval_structured_regressions() {
    replay("eval_structured", harness::run_eval_structured);
}

#[test]
fn every_regression_belongs_to_a_target() {
    let targets = ["parse", "compile", "eval", "eval_structured"];
    if let Ok(rd) = std::fs::read_dir(regressions_dir()) {
        for e in rd.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            assert!(
                targets.contains(&name.as_str()) || name == "README.md",
                "fuzz/regressions/{name} is not a fuzz target"
            );
        }
    }
    for (name, _) in KNOWN_FAILING {
        assert!(regressions_dir().join(name).is_file(), "KNOWN_FAILING lists a missing file {name}");
    }
}

#[test]
fn the_structured_generator_builds_valid_nix() {
    // The generator is only useful if what it builds parses: check a spread of
    // pseudo-random inputs (most must at least parse).
    let eval = nixlet::Evaluator::builder().build();
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut parsed = 0;
    let total = 200;
    for len in 0..total {
        let data: Vec<u8> = (0..len * 4)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 24) as u8
            })
            .collect();
        let text = harness::generate(&data);
        if eval.parse(nixlet_parser::Origin::Expr, &text, "/").is_ok() {
            parsed += 1;
        }
    }
    assert!(parsed * 10 >= total * 9, "only {parsed} of {total} generated expressions parse");
}
