//! Inlining changes nothing observable: generated programs that define small
//! functions in a `let` or a `rec` set and call them (with too few, exactly
//! enough and too many arguments, from lambdas, under shadowing `let`s, `with`
//! and a rebound `__sub`, inside `tryEval`) give the same printed value, or the
//! same error with the same trace (with and without `--show-trace`), whether the
//! evaluator inlines the calls or not (`EvaluatorBuilder::inline_calls`).
//!
//! The generator is seeded and deterministic; most programs fail somewhere (type
//! errors, `throw`), which is the point: traces are where inlining could show.
//! `NIXLET_INLINE_SEED` and `NIXLET_INLINE_PROGRAMS` run other and more programs.

use nixlet::Evaluator;

#[allow(dead_code)]
mod common;
use common::Rng;

fn chance(rng: &mut Rng, pct: usize) -> bool {
    rng.below(100) < pct
}

fn pick<'s>(rng: &mut Rng, from: &[&'s str]) -> &'s str {
    from[rng.below(from.len())]
}

struct Gen {
    rng: Rng,
}

impl Gen {
    fn leaf(&mut self, scope: &[&str]) -> String {
        match self.rng.below(10) {
            0..=3 if !scope.is_empty() => pick(&mut self.rng, scope).to_string(),
            0..=5 => format!("{}", self.rng.below(12) as i64 - 3),
            6 => format!("\"s{}\"", self.rng.below(4)),
            7 => pick(&mut self.rng, &["true", "false", "null"]).to_string(),
            8 => format!("{{ a = {}; b.c = \"v\"; }}", self.rng.below(6)),
            _ => "[ 1 2 ]".to_string(),
        }
    }

    fn expr(&mut self, scope: &[&str], depth: u32, fns: &[&str]) -> String {
        if depth == 0 || chance(&mut self.rng, 25) {
            return self.leaf(scope);
        }
        let call = !fns.is_empty() && chance(&mut self.rng, 30);
        if call {
            let f = pick(&mut self.rng, fns);
            let n = 1 + self.rng.below(3);
            let args: Vec<String> = (0..n).map(|_| self.expr(scope, depth - 1, fns)).collect();
            return format!("({f} {})", args.join(" "));
        }
        let k = self.rng.below(14);
        if k == 10 {
            return format!("(throw \"boom{}\")", self.rng.below(3));
        }
        let mut sub = || self.expr(scope, depth - 1, fns);
        match k {
            0 => format!("({} + {})", sub(), sub()),
            1 => format!("({} - {})", sub(), sub()),
            2 => format!("(if {} then {} else {})", sub(), sub(), sub()),
            3 => format!("({} == {})", sub(), sub()),
            4 => format!("({}.a or {})", sub(), sub()),
            5 => format!("({} ? a)", sub()),
            6 => format!("[ {} {} ]", sub(), sub()),
            7 => match scope.first() {
                Some(v) => format!("{{ inherit {v}; v = {}; }}", sub()),
                None => format!("{{ v = {}; }}", sub()),
            },
            8 => format!("\"${{toString {}}}-x\"", sub()),
            9 => format!("(isAttrs {})", sub()),
            11 => format!("({} < {})", sub(), sub()),
            12 => format!("(builtins.seq {} {})", sub(), sub()),
            _ => format!("({} * {})", sub(), sub()),
        }
    }

    fn program(&mut self) -> String {
        let names = ["f", "g", "h", "k", "typeOf", "mod"];
        let params = ["x", "y", "z", "a"];
        let mut defs = Vec::new();
        let mut defined: Vec<&str> = Vec::new();
        for &f in &names[..2 + self.rng.below(4)] {
            let n = 1 + self.rng.below(3);
            let ps: Vec<&str> = (0..n).map(|_| pick(&mut self.rng, &params)).collect();
            let mut scope = ps.clone();
            scope.extend(["c", "d", "s"]);
            let mut callable = defined.clone();
            if chance(&mut self.rng, 10) {
                callable.push(f);
            }
            let depth = 1 + self.rng.below(3) as u32;
            // a parameter returned as it is (a call's value is evaluated inside it)
            let body = match self.rng.below(10) {
                0 => pick(&mut self.rng, &ps).to_string(),
                1 => format!("({{ }}.a or {})", pick(&mut self.rng, &ps)),
                _ => self.expr(&scope, depth, &callable),
            };
            defs.push(format!("  {f} = {}: {body};", ps.join(": ")));
            defined.push(f);
        }
        let mut calls = Vec::new();
        for _ in 0..3 + self.rng.below(5) {
            let depth = 1 + self.rng.below(3) as u32;
            let mut e = match self.rng.below(10) {
                0 | 1 => {
                    format!("(map (x: {}) [ 1 \"t\" {{ a = 2; }} ])", self.expr(&["x", "c", "s"], depth, &defined))
                }
                2 => format!("(let p = x: {}; in p 4)", self.expr(&["x", "c"], depth, &defined)),
                3 => format!("(with d; {})", self.expr(&["a", "c"], depth, &defined)),
                _ => self.expr(&["c", "d", "s"], depth, &defined),
            };
            e = match self.rng.below(10) {
                0 | 1 => format!("let c = 100; x = 5; in {e}"),
                2 => format!("with {{ c = 7; isAttrs = _: 0; }}; {e}"),
                3 => format!("let __sub = a: b: 42; in {e}"),
                _ => e,
            };
            if chance(&mut self.rng, 70) {
                e = format!("(tryEval ({e})).success");
            }
            calls.push(format!("  ({e})"));
        }
        let head = "let\n  inherit (builtins) isAttrs tryEval;\n  c = 3;\n  d = { a = 1; };\n  s = \"str\";\n";
        if chance(&mut self.rng, 35) {
            // the same definitions in a `rec` set whose own attribute calls them
            format!("{head}in (rec {{\n{}\n  out = [\n{}\n  ];\n}}).out\n", defs.join("\n"), calls.join("\n"))
        } else {
            format!("{head}{}\nin [\n{}\n]\n", defs.join("\n"), calls.join("\n"))
        }
    }
}

/// The printed value, or the error as shown without and with `--show-trace`.
fn outcome(inline: bool, src: &str) -> String {
    let ev = Evaluator::builder().inline_calls(inline).build();
    match ev.eval_str(src).and_then(|v| v.force_deep().map(|()| v)) {
        Ok(v) => v.to_nix_string(),
        Err(e) => format!("{}\n--- with trace\n{}", e.render(false), e.render(true)),
    }
}

#[test]
fn inlined_calls_print_and_fail_as_calls() {
    // `NIXLET_INLINE_PROGRAMS` and `NIXLET_INLINE_SEED` explore further
    let env = |name: &str| std::env::var(name).ok().and_then(|v| v.parse::<u64>().ok());
    let programs = env("NIXLET_INLINE_PROGRAMS").unwrap_or(if cfg!(debug_assertions) { 400 } else { 2000 }) as usize;
    let seed = env("NIXLET_INLINE_SEED").unwrap_or(0x1d2c_3b4a_5968_7f00);
    let mut generator = Gen { rng: Rng(seed | 1) };
    let mut failures = 0;
    for i in 0..programs {
        let src = generator.program();
        let (with, without) = (outcome(true, &src), outcome(false, &src));
        if with.contains("max-call-depth") || without.contains("max-call-depth") {
            // a recursion's entry may be inlined: it then overflows one call
            // later (ARCHITECTURE.md, "Limits and sandboxing")
            continue;
        }
        assert_eq!(with, without, "program {i} differs when inlined:\n{src}");
        failures += usize::from(with.contains("error"));
    }
    // most programs fail, some do not: both paths are exercised
    assert!(failures > programs / 4 && failures < programs, "{failures} of {programs} failed");
}

#[test]
fn the_switch_turns_inlining_off() {
    // one call of `inc` per element: with inlining they are not evaluation steps
    let src = "let inc = x: x + 1; in builtins.foldl' (a: b: inc a) 0 (builtins.genList (i: i) 2000)";
    let steps = |inline: bool, limit: u64| {
        Evaluator::builder().inline_calls(inline).max_steps(limit).build().eval_str(src).and_then(|v| v.as_int())
    };
    let limit = (1..40).map(|k| k * 1000).find(|&n| steps(true, n).is_ok()).expect("evaluates within 40,000 steps");
    assert_eq!(steps(true, limit).ok(), Some(2000));
    assert!(steps(false, limit).is_err(), "without inlining the 2,000 calls of `inc` need more than {limit} steps");
    assert_eq!(steps(false, limit + 4000).ok(), Some(2000));
}
