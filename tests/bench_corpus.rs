//! The benchmark corpus stays correct: every `benches/corpus/NAME.nix` is run through
//! the `nixlet` binary as `--eval --strict --readonly-mode NAME.nix` and its output
//! must equal `NAME.exp` (what `nix-instantiate` prints; `benches/compare` times the
//! same programs against C++ Nix).
//!
//! The programs are sized for C++ Nix to take 0.2–2 s each, so they are run in
//! parallel, one per available core; the evaluator crates are built with
//! `opt-level = 2` even in the dev profile (see the root `Cargo.toml`) so this stays
//! within about a minute. `cargo test --test bench_corpus -- --nocapture` prints each
//! program's time.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("benches").join("corpus")
}

/// Programs that take nixlet much longer than the rest today (quadratic paths):
/// started first, so the critical path of the parallel run is one of them alone.
const SLOW_FIRST: &[&str] = &["packages", "closure"];

/// The corpus programs (`NAME.nix` directly in the corpus directory), sorted.
fn programs() -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("benches/corpus exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "nix"))
        .collect();
    out.sort();
    out
}

struct Outcome {
    name: String,
    elapsed: Duration,
    /// `None` when the output matched.
    problem: Option<String>,
}

fn run(program: &Path, home: &Path) -> Outcome {
    let name = program.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let expected = match std::fs::read_to_string(program.with_extension("exp")) {
        Ok(s) => s,
        Err(e) => {
            return Outcome { name, elapsed: Duration::ZERO, problem: Some(format!("no .exp file: {e}")) };
        }
    };
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_nixlet"))
        .args(["--eval", "--strict", "--readonly-mode"])
        .arg(program)
        .current_dir(corpus_dir())
        .env_remove("NIX_PATH")
        .env("HOME", home)
        .stdin(Stdio::null())
        .output()
        .expect("the nixlet binary runs");
    let elapsed = start.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let problem = if !out.status.success() {
        Some(format!("exit status {:?}\nstderr:\n{}", out.status.code(), String::from_utf8_lossy(&out.stderr)))
    } else if stdout != expected {
        Some(format!("expected: {expected}actual:   {stdout}"))
    } else {
        None
    };
    Outcome { name, elapsed, problem }
}

#[test]
fn corpus_is_complete() {
    let programs = programs();
    assert!(programs.len() >= 12, "the benchmark corpus has {} programs, expected at least 12", programs.len());
    for p in &programs {
        assert!(p.with_extension("exp").is_file(), "{} has no .exp file", p.display());
    }
}

#[test]
fn corpus_output_matches_nix() {
    let mut programs = programs();
    programs.sort_by_key(|p| {
        let stem = p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        SLOW_FIRST.iter().position(|s| *s == stem).unwrap_or(SLOW_FIRST.len())
    });
    let home = std::env::temp_dir().join(format!("nixlet-bench-corpus-{}", std::process::id()));
    std::fs::create_dir_all(&home).expect("a temporary HOME");
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Outcome>> = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).min(programs.len());
    let start = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..workers {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(p) = programs.get(i) else { break };
                    let outcome = run(p, &home);
                    results.lock().unwrap_or_else(|e| e.into_inner()).push(outcome);
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&home);
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by(|a, b| a.name.cmp(&b.name));
    for r in &results {
        let status = if r.problem.is_some() { "FAILED" } else { "ok" };
        println!("{:<12} {:>8.2} s  {status}", r.name, r.elapsed.as_secs_f64());
    }
    println!("{} programs in {:.1} s on {workers} threads", results.len(), start.elapsed().as_secs_f64());
    let failures: Vec<String> = results
        .iter()
        .filter_map(|r| r.problem.as_ref().map(|p| format!("--- benches/corpus/{}.nix\n{p}", r.name)))
        .collect();
    assert!(
        failures.is_empty(),
        "{} corpus program(s) do not print their .exp:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
