//! Criterion benchmarks of the evaluator's hot paths, through the public API.
//!
//! Each benchmark evaluates a small Nix program sized so one iteration takes about
//! 1–50 ms: a fresh [`Evaluator`] per iteration (built outside the timed part, since
//! the heap only grows during an evaluation), then `eval_str` and `force_deep` (or
//! `Value::call` for the host-call benchmark). Before measuring, every program's
//! printed result is checked, so a benchmark never times a wrong answer or an
//! error.
//!
//! Run with `cargo bench` (all), `cargo bench -- sort` (a filter), or
//! `cargo bench --bench eval -- --quick` for a fast rough pass. The whole-program
//! comparison with C++ Nix is `benches/compare`.

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use nixlet::{Evaluator, Value};
use std::hint::black_box;
use std::time::Duration;

/// One benchmark program: its name (`group/what`), its source and the value it
/// must print (as `nix-instantiate --eval --strict` would).
struct Program {
    name: &'static str,
    src: &'static str,
    expect: &'static str,
}

const PROGRAMS: &[Program] = &[
    // ---- calls --------------------------------------------------------------------
    Program {
        name: "call/fib",
        src: "let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2); in fib 22",
        expect: "17711",
    },
    Program {
        name: "call/formals",
        src: r#"
            let
              mk = { name, version ? "1.0", deps ? [ ], ... }@args:
                { inherit name version; n = builtins.length deps + (args.extra or 0); };
              go = i: acc: if i == 0 then acc else go (i - 1) (acc + (mk { name = "p"; deps = [ i ]; extra = 1; }).n);
            in go 20000 0
        "#,
        expect: "40000",
    },
    Program {
        name: "call/curried-builtins",
        src: r#"
            let
              inherit (builtins) foldl' genList;
              add = a: b: a + b;
              compose = f: g: x: f (g x);
              inc = compose (add 1) (add 2);
            in foldl' (acc: x: add acc (inc x)) 0 (genList (i: i) 30000)
        "#,
        expect: "450075000",
    },
    // ---- forcing ------------------------------------------------------------------
    Program {
        name: "force/deep-structure",
        src: r#"
            builtins.genList (i: {
              a = i;
              b = [ i (i + 1) ];
              c = { d = toString i; e = i * 2; };
            }) 20000
        "#,
        expect: "",
    },
    Program {
        name: "force/thunk-chains",
        src: r#"
            let
              inherit (builtins) genList elemAt foldl';
              # Every element refers to the previous one: forcing the last forces the chain.
              xs = genList (i: if i == 0 then 0 else elemAt xs (i - 1) + 1) 20000;
              lazy = genList (i: let a = i * 2; b = a + 1; in b - a) 20000;
            in elemAt xs 19999 + foldl' (s: x: s + x) 0 lazy
        "#,
        expect: "39999",
    },
    // ---- attribute sets -----------------------------------------------------------
    Program {
        name: "attrs/lookup",
        src: r#"
            let
              names = builtins.genList (i: "attr${toString i}") 5000;
              set = builtins.listToAttrs (map (name: { inherit name; value = builtins.stringLength name; }) names);
              sum = builtins.foldl'
                (acc: name: acc + set.${name} + (if set ? ${name} then 1 else 0) + (set.missing or 0)) 0;
              nested = { a.b.c.d = { e = 1; }; };
              deep = builtins.foldl' (acc: i: acc + nested.a.b.c.d.e) 0 (builtins.genList (i: i) 20000);
            in sum names + sum names + deep
        "#,
        expect: "107780",
    },
    Program {
        name: "attrs/update",
        src: r#"
            let
              inherit (builtins) foldl' genList listToAttrs attrNames length;
              big = listToAttrs (genList (i: { name = "pkg${toString i}"; value = i; }) 2000);
              layered = foldl' (acc: i: acc // { "pkg${toString (i * 3)}" = i; extra = i; }) big (genList (i: i) 500);
              grown = foldl' (acc: i: acc // { "k${toString i}" = i; }) { } (genList (i: i) 1000);
            in length (attrNames layered) + length (attrNames grown) + layered.pkg300
        "#,
        expect: "3101",
    },
    Program {
        // lookups of every kind in a set 15 `//` layers deep (merged after enough
        // reads, see `Heap::attr_value_hinted`)
        name: "attrs/layered-lookup",
        src: r#"
            let
              inherit (builtins) foldl' genList listToAttrs;
              big = listToAttrs (genList (i: { name = "a${toString i}"; value = i; }) 3000);
              layered = foldl' (acc: k: acc // { "x${toString k}" = k; }) big (genList (k: k) 15);
              f = i: layered.a5 + layered.a2999 + (with layered; x3) + (layered.zz or 1)
                + (if layered ? a7 then 1 else 0);
            in foldl' (acc: i: acc + f i) 0 (genList (i: i) 20000)
        "#,
        expect: "60180000",
    },
    // ---- lists --------------------------------------------------------------------
    Program {
        name: "list/build",
        src: r#"
            let
              inherit (builtins) genList filter concatMap foldl' length elemAt;
              xs = genList (i: i) 30000;
              ys = map (x: x * 3) (filter (x: x - 2 * (x / 2) == 0) xs);
              zs = concatMap (x: [ x (x + 1) ]) ys;
              appended = foldl' (acc: x: acc ++ [ x ]) [ ] (genList (i: i) 1000);
            in length zs + length appended + elemAt zs 101
        "#,
        expect: "31301",
    },
    // ---- strings ------------------------------------------------------------------
    Program {
        name: "string/build",
        src: r#"
            let
              inherit (builtins) genList concatStringsSep replaceStrings stringLength foldl';
              parts = genList (i: "item-${toString i}") 10000;
              joined = concatStringsSep ", " parts;
              escaped = replaceStrings [ "-" "," ] [ "_" ";" ] joined;
              exports = concatStringsSep "\n" (map (p: "export ${p}=\"${p}/bin:$PATH\"") parts);
              appended = foldl' (acc: i: acc + "x${toString i}") "" (genList (i: i) 1000);
            in stringLength joined + stringLength escaped + stringLength exports + stringLength appended
        "#,
        expect: "609445",
    },
    // ---- sort ---------------------------------------------------------------------
    Program {
        name: "sort/ints",
        src: r#"
            let
              mod = a: b: a - b * (a / b);
              xs = builtins.genList (i: mod (i * 2654435761) 1000003) 20000;
            in builtins.elemAt (builtins.sort builtins.lessThan xs) 10000
        "#,
        expect: "500236",
    },
    Program {
        name: "sort/records",
        src: r#"
            let
              mod = a: b: a - b * (a / b);
              recs = builtins.genList (i: { k = mod (i * 7919) 1009; i = i; }) 8000;
            in (builtins.elemAt (builtins.sort (a: b: a.k < b.k) recs) 4000).i
        "#,
        expect: "5932",
    },
];

fn evaluate(src: &str) -> (Evaluator, Value) {
    let eval = Evaluator::builder().build();
    let v = eval.eval_str(src).unwrap_or_else(|e| panic!("benchmark program fails:\n{e}"));
    v.force_deep().unwrap_or_else(|e| panic!("benchmark program fails:\n{e}"));
    (eval, v)
}

/// Evaluates once and checks the printed result (an empty `expect` only checks
/// that evaluation succeeds).
fn check(p: &Program) {
    let (_eval, v) = evaluate(p.src);
    if !p.expect.is_empty() {
        assert_eq!(v.to_nix_string(), p.expect, "benchmark {} prints a wrong value", p.name);
    }
}

fn programs(c: &mut Criterion) {
    for p in PROGRAMS {
        check(p);
        c.bench_function(p.name, |b| {
            b.iter_batched(
                || Evaluator::builder().build(),
                |eval| {
                    let v = eval.eval_str(black_box(p.src)).expect("evaluates");
                    v.force_deep().expect("forces");
                    // Returned, so the heap is freed outside the timed part.
                    (eval, v)
                },
                BatchSize::PerIteration,
            )
        });
    }
}

/// Calls from the host: a Nix function applied with `Value::call`, the way an
/// embedding application drives nixlet.
fn host_call(c: &mut Criterion) {
    const F: &str = "n: let fib = k: if k < 2 then k else fib (k - 1) + fib (k - 2); in fib n";
    let eval = Evaluator::builder().build();
    let f = eval.eval_str(F).expect("evaluates");
    let n = eval.eval_str("20").expect("evaluates");
    assert_eq!(f.call(&[n]).and_then(|v| v.as_int()).expect("calls"), 6765);
    c.bench_function("call/host-value-call", |b| {
        b.iter_batched(
            || {
                let eval = Evaluator::builder().build();
                let f = eval.eval_str(F).expect("evaluates");
                let n = eval.eval_str("20").expect("evaluates");
                (eval, f, n)
            },
            |(eval, f, n)| {
                let r = f.call(&[n]).and_then(|v| v.as_int()).expect("calls");
                (eval, black_box(r))
            },
            BatchSize::PerIteration,
        )
    });
}

fn config() -> Criterion {
    Criterion::default().sample_size(30).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(4))
}

criterion_group! {
    name = benches;
    config = config();
    targets = programs, host_call
}
criterion_main!(benches);
