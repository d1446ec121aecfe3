//! Resource limits and restricted evaluation through the Rust API: each limit
//! fires with an error `tryEval` cannot catch, and the same `Evaluator` evaluates
//! correctly afterwards.

use nixlet::{ErrorKind, Evaluator, MemIo, OsIo, StoreWrites};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

const DEEP: &str = "let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 1000000";
const FOREVER: &str = "let f = n: f (n + 1); in f 0";

/// After a limit fired, the evaluator must still work, also for a program that
/// shares nothing with the aborted one and for one that reuses its definitions.
fn still_works(eval: &Evaluator) {
    let v = eval.eval_str("let xs = builtins.genList (i: i * i) 100; in builtins.foldl' builtins.add 0 xs").unwrap();
    assert_eq!(v.as_int().unwrap(), 328350);
    let v = eval.eval_str("let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 500").unwrap();
    assert_eq!(v.as_int().unwrap(), 500);
}

fn assert_limit(r: Result<nixlet::Value, nixlet::Error>, needle: &str) {
    match r {
        Ok(v) => panic!("expected the limit to fire, got {v:?}"),
        Err(e) => {
            assert_eq!(e.kind(), &ErrorKind::Limit, "{}", e.render(false));
            assert!(e.message().contains(needle), "message {:?} lacks {needle:?}", e.message());
        }
    }
}

#[test]
fn step_budget_fires_and_is_not_catchable() {
    let eval = Evaluator::builder().max_steps(50_000).build();
    assert_limit(eval.eval_str(DEEP), "step budget (50000 steps)");
    assert_limit(eval.eval_str(&format!("builtins.tryEval ({DEEP})")), "step budget");
    // a throw inside the same tryEval is still caught: only the limit is fatal
    let v = eval.eval_str("(builtins.tryEval (throw \"x\")).success").unwrap();
    assert!(!v.as_bool().unwrap());
    still_works(&eval);
    // the budget is per evaluation, not cumulative
    for _ in 0..20 {
        still_works(&eval);
    }
}

#[test]
fn step_budget_covers_deep_walks_without_calls() {
    // equality of a shared structure is exponential in time without any call
    let eval = Evaluator::builder().max_steps(200_000).build();
    let src = "let l0 = [ 1 2 ]; l = builtins.foldl' (acc: _: [ acc acc ]) l0 (builtins.genList (x: x) 40); \
               m = builtins.foldl' (acc: _: [ acc acc ]) [ 1 2 ] (builtins.genList (x: x) 40); in l == m";
    assert_limit(eval.eval_str(src), "step budget");
    still_works(&eval);
}

/// Serializing a value the host holds (`to_xml`, `to_json`, `force_deep`) is part of
/// an evaluation too: a cyclic value (`builtins` contains itself) must not run the
/// host out of memory or time. Found by the `eval` fuzz target.
#[test]
fn serializers_run_within_the_limits() {
    let eval = Evaluator::builder().max_steps(100_000).build();
    let v = eval.eval_str("builtins").unwrap();
    let e = v.to_xml(true, true).unwrap_err();
    assert!(matches!(e.kind(), ErrorKind::Limit), "{}", e.message());
    still_works(&eval);
    let eval = Evaluator::builder().max_heap_bytes(16 << 20).build();
    let v = eval.eval_str("let x = { a = x; b = builtins; }; in x").unwrap();
    let e = v.to_xml(false, true).unwrap_err();
    assert!(e.message().contains("memory budget"), "{}", e.message());
    still_works(&eval);
    // shared, not cyclic: 2^40 paths through 40 lists
    let eval = Evaluator::builder().max_steps(100_000).build();
    let v = eval.eval_str("builtins.foldl' (acc: _: [ acc acc ]) [ ] (builtins.genList (x: x) 40)").unwrap();
    assert_limit(v.to_json().map(|_| v.clone()), "step budget");
    still_works(&eval);
}

#[test]
fn memory_budget_fires() {
    let eval = Evaluator::builder().max_heap_bytes(16 << 20).build();
    // one huge allocation, refused before it is attempted
    assert_limit(eval.eval_str("builtins.length (builtins.genList (x: x) 1000000000)"), "memory budget (16 MiB)");
    // many small ones
    assert_limit(
        eval.eval_str("let f = n: [ n ] ++ f (n + 1); in builtins.length (f 0)").and_then(|v| {
            v.force_deep()?;
            Ok(v)
        }),
        "memory budget",
    );
    // strings doubling
    assert_limit(
        eval.eval_str("let d = s: n: if n == 0 then s else d (s + s) (n - 1); in builtins.stringLength (d \"x\" 60)"),
        "memory budget",
    );
    assert_limit(eval.eval_str(&format!("builtins.tryEval ({})", "builtins.genList (x: x) 1000000000")), "memory");
    still_works(&eval);
}

#[test]
fn memory_budget_counts_the_frame_stack() {
    // 2,000,000 calls allocate 48 MB of environments (`n + 1` needs no thunk), less
    // than the budget, but their frames take more than that again: the budget fires
    // before the call depth does
    let eval = Evaluator::builder().max_heap_bytes(64 << 20).max_call_depth(2_000_000).build();
    assert_limit(eval.eval_str("let f = n: f (n + 1); in f 0"), "memory budget (64 MiB)");
    still_works(&eval);
}

#[test]
fn deadline_fires() {
    let eval = Evaluator::builder().timeout(Duration::from_millis(200)).build();
    let start = Instant::now();
    assert_limit(eval.eval_str(FOREVER), "time limit (200 ms)");
    let took = start.elapsed();
    assert!(took < Duration::from_secs(5), "the deadline took {took:?} to fire");
    // the deadline restarts with each evaluation
    still_works(&eval);
    assert_limit(eval.eval_str(&format!("builtins.tryEval ({FOREVER})")), "time limit");
    still_works(&eval);
}

#[test]
fn cancellation_from_another_thread() {
    let flag = Arc::new(AtomicBool::new(false));
    let eval = Evaluator::builder().cancel_flag(flag.clone()).build();
    let setter = {
        let flag = flag.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(100));
            flag.store(true, Ordering::SeqCst);
        })
    };
    assert_limit(eval.eval_str(FOREVER), "evaluation cancelled");
    setter.join().unwrap();
    // the flag was consumed: the next evaluation runs normally
    assert!(!flag.load(Ordering::SeqCst));
    still_works(&eval);
}

#[test]
fn call_depth_limit_fires() {
    let eval = Evaluator::builder().max_call_depth(1000).build();
    let e = eval.eval_str(DEEP).unwrap_err();
    assert_eq!(e.kind(), &ErrorKind::StackOverflow);
    assert!(e.message().contains("max-call-depth exceeded"));
    still_works(&eval);
}

#[test]
fn limits_also_apply_to_lazy_values_forced_later() {
    let eval = Evaluator::builder().max_steps(50_000).build();
    let v = eval.eval_str(&format!("{{ ok = 1; slow = {DEEP}; }}")).unwrap();
    assert_eq!(v.attr("ok").unwrap().unwrap().as_int().unwrap(), 1);
    assert_limit(v.attr("slow").map(|x| x.unwrap()), "step budget");
    // forcing it again fails again (the thunk was restored, not poisoned)
    assert_limit(v.attr("slow").map(|x| x.unwrap()), "step budget");
    still_works(&eval);
}

fn sandbox_dir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("nixlet-restricted-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(d.join("proj")).unwrap();
    std::fs::write(d.join("proj/data.txt"), "inside").unwrap();
    std::fs::write(d.join("secret.txt"), "outside").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(d.join("secret.txt"), d.join("proj/escape")).unwrap();
    d
}

#[test]
fn restricted_mode_refuses_files_env_and_store_writes() {
    let d = sandbox_dir();
    let proj = d.join("proj").to_string_lossy().into_owned();
    let store_dir = d.join("store");
    std::fs::create_dir_all(&store_dir).unwrap();
    let store = nixlet::StoreSpec::parse(&format!("local:{}", store_dir.display())).unwrap().open(false).unwrap();
    let eval = Evaluator::builder().io(OsIo::unrestricted()).store(store).restricted([proj.clone()]).build();

    // inside the root: fine
    let v = eval.eval_str_in("builtins.readFile ./data.txt", &proj).unwrap();
    assert_eq!(v.as_str().unwrap(), "inside");

    // /etc/passwd
    let e = eval.eval_str("builtins.readFile /etc/passwd").unwrap_err();
    assert_eq!(e.message(), "access to absolute path '/etc/passwd' is forbidden in restricted mode");
    // like Nix, `pathExists` answers false for a path it may not look at
    assert!(!eval.eval_str("builtins.pathExists /etc/passwd").unwrap().as_bool().unwrap());
    let e = eval.eval_str("import /etc/passwd").unwrap_err();
    assert!(e.message().contains("forbidden in restricted mode"), "{}", e.message());
    // .. and symlinks do not lead out
    assert!(eval.eval_str_in("builtins.readFile ../secret.txt", &proj).is_err());
    #[cfg(unix)]
    {
        let e = eval.eval_str_in("builtins.readFile ./escape", &proj).unwrap_err();
        assert!(e.message().contains("forbidden in restricted mode"), "{}", e.message());
    }

    // the environment
    let e = eval.eval_str("builtins.getEnv \"HOME\"").unwrap_err();
    assert_eq!(e.message(), "access to environment variable 'HOME' is forbidden in restricted mode");
    // not even through tryEval
    assert!(eval.eval_str("builtins.tryEval (builtins.getEnv \"HOME\")").is_err());

    // the store: nothing is written
    let e = eval.eval_str("builtins.toFile \"x\" \"y\"").unwrap_err();
    assert!(e.message().contains("writing to the store is not allowed"), "{}", e.message());
    let e = eval.eval_str_in("\"${./data.txt}\"", &proj).unwrap_err();
    assert!(e.message().contains("writing to the store is not allowed"), "{}", e.message());
    let e = eval.eval_str("(derivation { name = \"d\"; system = \"x\"; builder = \"/bin/sh\"; }).drvPath").unwrap_err();
    assert!(e.message().contains("writing to the store is not allowed"), "{}", e.message());
    assert_eq!(std::fs::read_dir(&store_dir).unwrap().count(), 0, "restricted evaluation wrote to the store");

    // pure: no clock
    assert!(eval.eval_str("builtins.currentTime").is_err());
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn restricted_mode_can_compute_store_paths_without_writing() {
    let eval =
        Evaluator::builder().io(MemIo::new()).restricted(["/nowhere"]).store_writes(StoreWrites::ComputeOnly).build();
    let v = eval.eval_str("builtins.toFile \"x\" \"y\"").unwrap();
    assert!(v.as_str().unwrap().starts_with("/nix/store/"));
    let v = eval.eval_str("(derivation { name = \"d\"; system = \"x\"; builder = \"/bin/sh\"; }).drvPath").unwrap();
    assert!(v.as_str().unwrap().ends_with("-d.drv"));
}

/// A curried chain's lambdas share one environment, and the closure a partial
/// application leaves copies it per call: chains are cut every few lambdas, so a
/// long chain applied one argument at a time stays linear in memory (unbounded,
/// this needed about 70 MB; it fits 8 MiB with room to spare).
#[test]
fn long_curried_chain_applied_one_at_a_time() {
    let n = 3000;
    let params: String = (0..n).map(|i| format!("a{i}: ")).collect();
    let src = format!(
        "let f = {params}a0 + a{last}; in builtins.foldl' (g: i: g i) f (builtins.genList (i: i) {n})",
        last = n - 1
    );
    let eval = Evaluator::builder().max_heap_bytes(8 << 20).build();
    let v = eval.eval_str(&src).unwrap_or_else(|e| panic!("{}", e.render(false)));
    assert_eq!(v.as_int().unwrap(), n - 1);
}

/// A call whose body makes thunks over its environment gives the environment back
/// when every such thunk is evaluated by the time it returns (a strict fold whose
/// step forces its `let` bindings): a million steps kept an environment of 5 slots each before
/// (about 190 MB with the thunks and the list); given back, they fit 128 MiB.
#[test]
fn strict_fold_steps_give_their_environments_back() {
    // speculated bindings that fall back to thunks (`x` is not evaluated yet), and
    // bindings that are always thunks (applications)
    for step in [
        "acc: x: let a = x * 2; b = a + acc; c = b - x; in seq c c",
        "acc: x: let a = mul x 2; b = add a acc; c = sub b x; in seq c c",
    ] {
        let src = format!(
            "let inherit (builtins) add mul seq sub foldl' genList; step = {step}; \
             in foldl' step 0 (genList (i: i) 1000000)"
        );
        // with debug assertions, a given-back environment is kept and marked (to
        // catch any later use), so only the value is checked there
        let mut builder = Evaluator::builder();
        if !cfg!(debug_assertions) {
            builder = builder.max_heap_bytes(128 << 20);
        }
        let eval = builder.build();
        let v = eval.eval_str(&src).unwrap_or_else(|e| panic!("{step}: {}", e.render(false)));
        assert_eq!(v.as_int().unwrap(), 499999500000, "{step}");
    }
}

/// The apply thunks `map` makes (one per element, holding that call's environment)
/// give their environment back once evaluated, and the next ones reuse it: sixty
/// rounds of `map` over 20,000 elements, each round forced before the next, need
/// about 37 MiB of heap instead of more than 60 (with debug assertions too, where
/// an environment is reused after a short quarantine).
#[test]
fn apply_thunk_environments_are_reused() {
    let src = "let inherit (builtins) foldl' genList map deepSeq; \
               round = l: _: let l' = map (x: x + 1) l; in deepSeq l' l'; \
               in foldl' (acc: x: acc + x) 0 (foldl' round (genList (i: i) 20000) (genList (i: i) 60))";
    let eval = Evaluator::builder().max_heap_bytes(48 << 20).build();
    let v = eval.eval_str(src).unwrap_or_else(|e| panic!("{}", e.render(false)));
    assert_eq!(v.as_int().unwrap(), 201190000);
}

/// The host hook for freed memory runs once for each source of 1 MiB or more,
/// after that source is compiled, and never for small ones; the value is right.
#[test]
fn memory_released_after_each_big_source() {
    let calls = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = calls.clone();
    let eval = Evaluator::builder()
        .on_memory_released(move || {
            seen.fetch_add(1, Ordering::SeqCst);
        })
        .build();
    let v = eval.eval_str("builtins.length [ 1 2 3 ]").unwrap();
    assert_eq!(v.as_int().unwrap(), 3);
    assert_eq!(calls.load(Ordering::SeqCst), 0);
    // a generated list of distinct integers, over 1 MiB of source
    let mut big = String::from("builtins.foldl' builtins.add 0 [");
    let mut n = 0i64;
    while big.len() < (1 << 20) + 10 {
        big.push_str(&format!(" {n}"));
        n += 1;
    }
    big.push_str(" ]");
    let v = eval.eval_str(&big).unwrap();
    assert_eq!(v.as_int().unwrap(), n * (n - 1) / 2);
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    still_works(&eval);
    assert_eq!(calls.load(Ordering::SeqCst), 1);
    eval.eval_str(&big).unwrap();
    assert_eq!(calls.load(Ordering::SeqCst), 2);
}

/// A deadline that passes while a big imported file is parsed and compiled (no
/// evaluation steps, so no poll) still stops the evaluation: it is asked between
/// those phases. Before, `builtins.length (import ./big.nix)` returned its value
/// well past the deadline.
#[test]
fn timeout_seen_while_a_big_import_is_compiled() {
    let mut big = String::from("[");
    let mut n = 0;
    while big.len() < 6 << 20 {
        big.push_str(&format!(" {n}"));
        n += 1;
    }
    big.push_str(" ]");
    let io = || {
        MemIo::new().with_file("/p/big.nix", big.clone()).with_file("/p/main.nix", "builtins.length (import ./big.nix)")
    };
    let eval = Evaluator::builder().io(io()).timeout(Duration::from_millis(1)).build();
    assert_limit(eval.eval_file("/p/main.nix"), "time limit");
    // without a deadline the same program gives its value
    let eval = Evaluator::builder().io(io()).build();
    assert_eq!(eval.eval_file("/p/main.nix").unwrap().as_int().unwrap(), n);
}

#[test]
fn a_thunk_a_limit_stopped_is_retried_and_one_that_failed_keeps_its_error() {
    let flag = Arc::new(AtomicBool::new(false));
    let traces = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let seen = traces.clone();
    let eval = Evaluator::builder()
        .cancel_flag(flag.clone())
        .on_message(move |m| {
            if let nixlet::EvalMessage::Trace(t) = m {
                seen.borrow_mut().push(t);
            }
        })
        .build();
    let v = eval
        .eval_str(
            "{ sum = builtins.foldl' builtins.add 0 (builtins.genList (i: i) 1000000); \
               bad = builtins.trace \"forcing bad\" (throw \"bad\"); }",
        )
        .unwrap();
    // a host limit belongs to this run, not to the value: the thunk is retried
    flag.store(true, Ordering::SeqCst);
    assert_limit(v.attr("sum").map(|x| x.unwrap()), "evaluation cancelled");
    flag.store(false, Ordering::SeqCst);
    assert_eq!(v.attr("sum").unwrap().unwrap().as_int().unwrap(), 499_999_500_000);
    // an error of the program stays with the thunk (C++ Nix 2.34 and later): the
    // second forcing raises it again without evaluating anything
    let first = v.attr("bad").unwrap_err();
    let second = v.attr("bad").unwrap_err();
    assert_eq!(first.message(), "bad");
    assert_eq!(second.render(true), first.render(true));
    assert_eq!(traces.borrow().iter().filter(|t| t.contains("forcing bad")).count(), 1, "{:?}", traces.borrow());
    still_works(&eval);
}
