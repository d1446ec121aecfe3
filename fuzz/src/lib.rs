//! The code the fuzz targets run, shared with the replay test
//! (`tests/fuzz_regressions.rs` includes this file with `#[path]`), so that a saved
//! regression input goes through exactly the path that found it.
//!
//! Every `run_*` function must return normally on every input: a panic, an abort, a
//! stack overflow, a hang or an out-of-memory is a bug in nixlet.

use arbitrary::{Result as ArbResult, Unstructured};
use nixlet::{Evaluator, MemIo, StoreWrites};
use nixlet_parser::{Origin, ParseOptions, SourceDb};
use std::time::Duration;

/// Step budget of one evaluation (each call into the evaluator has its own).
pub const MAX_STEPS: u64 = 200_000;
/// Heap budget of one evaluation.
pub const MAX_HEAP_BYTES: usize = 64 << 20;
/// Wall-clock limit of one evaluation.
pub const TIMEOUT: Duration = Duration::from_secs(2);
/// The directory evaluation may read (the only root of restricted evaluation).
pub const ROOT: &str = "/fuzz";

/// A small virtual file system: data, Nix files that import each other, a file
/// that is not valid Nix, one with a NUL byte, one outside the allowed root.
fn files() -> MemIo {
    MemIo::new()
        .with_file("/fuzz/data.txt", "hello\nworld\n")
        .with_file("/fuzz/default.nix", "{ x = 1; f = a: a + 1; l = [ 1 \"two\" 3.0 ]; }")
        .with_file("/fuzz/lib.nix", "{ a ? 1, ... }@args: args // { sum = a + (args.b or 0); }")
        .with_file("/fuzz/self.nix", "import ./self.nix")
        .with_file("/fuzz/bad.nix", "{ x = ; }")
        .with_file("/fuzz/data.json", r#"{"a": [1, 2.5, null, true, "s"], "b": {"c": "d"}}"#)
        .with_file("/fuzz/data.toml", "a = 1\n[b]\nc = \"d\"\n")
        .with_file("/fuzz/sub/inner.nix", "x: { inherit x; up = import ../default.nix; }")
        .with_file("/fuzz/sub/blob.bin", &b"a\0b\xff"[..])
        .with_file("/outside/secret.txt", "secret")
}

/// The evaluator the `eval` targets use: every limit a host evaluating untrusted
/// code would set.
pub fn evaluator() -> Evaluator {
    Evaluator::builder()
        .io(files())
        .max_steps(MAX_STEPS)
        .max_heap_bytes(MAX_HEAP_BYTES)
        .timeout(TIMEOUT)
        .restricted([ROOT])
        .store_writes(StoreWrites::ComputeOnly)
        .build()
}

/// `parse`: bytes → `decode_source` → `parse`, and every diagnostic rendered both ways.
pub fn run_parse(data: &[u8]) {
    let Ok(text) = nixlet_parser::decode_source(data) else {
        return;
    };
    let mut db = SourceDb::new();
    let file = db.add(Origin::Stdin, text);
    let opts = ParseOptions { pipe_operators: data.len().is_multiple_of(2), ..ParseOptions::default() };
    let p = nixlet_parser::parse(file, text, &opts);
    for d in &p.diagnostics {
        let _ = nixlet_parser::render_nix(&db, d);
        let _ = nixlet_parser::render_codespan(&db, d);
    }
}

/// `compile`: text → the facade's `Evaluator::parse` (parse, lowering, scope
/// analysis, bytecode compilation, `--parse` printing), rendering any error.
pub fn run_compile(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let eval = Evaluator::builder().build();
    match eval.parse(Origin::Expr, text, "/") {
        Ok(shown) => {
            // The printed form is itself a valid expression.
            let _ = eval.parse(Origin::Expr, &shown, "/");
        }
        Err(e) => {
            let _ = e.render(true);
            let _ = e.render_codespan();
        }
    }
}

/// `eval`: text → evaluation under the limits, then strict printing of the result
/// (`--strict`, `--json`, `--xml`), ignoring evaluation errors (but rendering them).
pub fn run_eval(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    eval_text(text);
}

/// Evaluates `text` with [`evaluator`] and prints the result every way a front end
/// would.
pub fn eval_text(text: &str) {
    let eval = evaluator();
    let v = match eval.eval_str_in(text, ROOT) {
        Ok(v) => v,
        Err(e) => {
            let _ = e.render(true);
            let _ = e.render_codespan();
            return;
        }
    };
    let _ = v.to_nix_string();
    match v.force_deep() {
        Ok(()) => {
            let _ = v.to_nix_string();
        }
        Err(e) => {
            let _ = e.render(true);
        }
    }
    if let Err(e) = v.to_json() {
        let _ = e.render(false);
    }
    if let Err(e) = v.to_xml(true, true) {
        let _ = e.render(false);
    }
    // The evaluator stays usable after whatever happened.
    let after = eval.eval_str("1 + 1").and_then(|v| v.as_int());
    assert_eq!(after.ok(), Some(2), "the evaluator is unusable after evaluating {text:?}");
}

/// `eval_structured`: bytes → a syntactically plausible Nix expression
/// ([`generate`]) → [`eval_text`].
pub fn run_eval_structured(data: &[u8]) {
    let text = generate(data);
    eval_text(&text);
}

/// Builds a Nix expression from fuzzer bytes. Almost every output parses; many
/// evaluate far enough to reach builtins with odd arguments.
pub fn generate(data: &[u8]) -> String {
    let mut u = Unstructured::new(data);
    let mut g = Gen { out: String::new(), builtins: builtin_names() };
    // Running out of bytes is fine: `Unstructured` then answers with zeros / the
    // first choice, which always closes the expression.
    g.out.push_str(PRELUDE);
    let _ = g.expr(&mut u, 0);
    g.out
}

fn builtin_names() -> &'static [String] {
    use std::sync::OnceLock;
    static NAMES: OnceLock<Vec<String>> = OnceLock::new();
    NAMES.get_or_init(|| Evaluator::builder().build().builtin_names())
}

const MAX_DEPTH: u32 = 12;

/// Variables the generated expression can use without binding them.
const PRELUDE: &str = "let a = 1; b = \"str\"; x = [ 1 2 3 ]; y = { a = 1; b = \"x\"; c = [ ]; }; f = v: v; \
                       s = \"s\"; l = [ 1 \"a\" { } null ]; n = 3; self = { outPath = \"/fuzz\"; }; in ";

/// Variable names: bound by the prelude, by lambdas and by `let`.
const VARS: &[&str] = &["a", "b", "x", "y", "f", "s", "l", "n", "self"];

/// Attribute names (in sets, `let`, selections, `?`, `inherit`).
const NAMES: &[&str] = &[
    "a",
    "b",
    "x",
    "y",
    "f",
    "s",
    "l",
    "n",
    "self",
    "or",
    "__functor",
    "__toString",
    "outPath",
    "type",
    "\"a b\"",
    "\"\"",
    "\"${b}\"",
];

const BINOPS: &[&str] = &["+", "-", "*", "/", "++", "//", "==", "!=", "<", "<=", ">", ">=", "&&", "||", "->"];

const STRING_BITS: &[&str] = &[
    "a",
    "",
    " ",
    "\\n",
    "\\t",
    "\\\\",
    "\\\"",
    "\\$",
    "$",
    "$$",
    "é",
    "\u{1F600}",
    "\\u",
    "'",
    "''",
    "${",
    "}",
    "derivation",
    "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-x",
    "1",
    "-1",
    "0.5",
    "1e308",
    "x86_64-linux",
    "sha256",
    "%",
    "*",
    "[a-z]+",
    "(a)|b",
    "^",
    ".*",
];

const PATHS: &[&str] = &[
    "./data.txt",
    "./.",
    "./default.nix",
    "./lib.nix",
    "./self.nix",
    "./bad.nix",
    "./data.json",
    "./data.toml",
    "./sub/inner.nix",
    "./sub",
    "./sub/blob.bin",
    "./missing",
    "../outside/secret.txt",
    "/outside/secret.txt",
    "/fuzz/data.txt",
    "<nixpkgs>",
];

struct Gen {
    out: String,
    builtins: &'static [String],
}

impl Gen {
    fn pick<'a>(&self, u: &mut Unstructured, from: &'a [&'a str]) -> ArbResult<&'a str> {
        Ok(u.choose(from).copied().unwrap_or(from[0]))
    }

    fn name(&mut self, u: &mut Unstructured) -> ArbResult<()> {
        let n = self.pick(u, NAMES)?;
        self.out.push_str(n);
        Ok(())
    }

    fn var(&mut self, u: &mut Unstructured) -> ArbResult<()> {
        let n = self.pick(u, VARS)?;
        self.out.push_str(n);
        Ok(())
    }

    fn int(&mut self, u: &mut Unstructured) -> ArbResult<()> {
        let i: i64 = match u.int_in_range(0..=5)? {
            0 => i64::MAX,
            1 => i64::MIN + 1,
            2 => u.arbitrary::<i8>()? as i64,
            _ => u.int_in_range(0..=10)?,
        };
        if i < 0 {
            self.out.push_str(&format!("({i})"));
        } else {
            self.out.push_str(&i.to_string());
        }
        Ok(())
    }

    fn string(&mut self, u: &mut Unstructured, depth: u32) -> ArbResult<()> {
        let indented = u.ratio(1, 4)?;
        self.out.push_str(if indented { "''" } else { "\"" });
        let parts = u.int_in_range(0..=3)?;
        for _ in 0..parts {
            if depth < MAX_DEPTH && u.ratio(1, 4)? {
                if self.out.ends_with('$') {
                    // `$${` is an escape, not an interpolation
                    self.out.push(' ');
                }
                self.out.push_str("${");
                self.expr(u, depth + 1)?;
                self.out.push('}');
            } else {
                let bit = self.pick(u, STRING_BITS)?;
                if indented {
                    // keep it an indented string: no quote that could end it or
                    // form an escape with the closing `''`
                    self.out.push_str(&bit.replace('\'', "").replace("${", "''${"));
                } else if bit == "${" {
                    self.out.push_str("\\${");
                } else if bit == "\"" {
                    self.out.push_str("\\\"");
                } else {
                    self.out.push_str(bit);
                }
            }
        }
        self.out.push_str(if indented { " ''" } else { "\"" });
        Ok(())
    }

    fn builtin(&mut self, u: &mut Unstructured) -> ArbResult<()> {
        let names = self.builtins;
        match u.choose(names) {
            Ok(n) => {
                self.out.push_str("builtins.");
                self.out.push_str(n);
            }
            Err(_) => self.out.push_str("builtins"),
        }
        Ok(())
    }

    /// Up to four bindings with distinct names (`let` takes no dynamic names).
    fn bindings(&mut self, u: &mut Unstructured, depth: u32, in_let: bool) -> ArbResult<()> {
        let mut used: Vec<&str> = Vec::new();
        let n = u.int_in_range(0..=4)?;
        for _ in 0..n {
            let kind = u.int_in_range(0..=5)?;
            if kind == 3 && !in_let {
                self.out.push_str("${");
                self.expr(u, depth + 1)?;
                self.out.push_str("} = ");
                self.expr(u, depth + 1)?;
                self.out.push_str("; ");
                continue;
            }
            // `inherit x;` needs a variable; other bindings take any static name
            let name = if kind == 0 { self.pick(u, VARS)? } else { self.pick(u, NAMES)? };
            if used.contains(&name) || (in_let && name.contains("${")) {
                continue;
            }
            used.push(name);
            match kind {
                0 => {
                    self.out.push_str("inherit ");
                    self.out.push_str(name);
                    self.out.push_str("; ");
                }
                1 if !name.contains("${") => {
                    self.out.push_str("inherit (");
                    self.expr(u, depth + 1)?;
                    self.out.push_str(") ");
                    self.out.push_str(name);
                    self.out.push_str("; ");
                }
                2 => {
                    self.out.push_str(name);
                    self.out.push('.');
                    self.name(u)?;
                    self.out.push_str(" = ");
                    self.expr(u, depth + 1)?;
                    self.out.push_str("; ");
                }
                _ => {
                    self.out.push_str(name);
                    self.out.push_str(" = ");
                    self.expr(u, depth + 1)?;
                    self.out.push_str("; ");
                }
            }
        }
        Ok(())
    }

    fn lambda_head(&mut self, u: &mut Unstructured, depth: u32) -> ArbResult<()> {
        match u.int_in_range(0..=2)? {
            0 => {
                self.var(u)?;
                self.out.push_str(": ");
            }
            k => {
                self.out.push_str("{ ");
                let mut used: Vec<&str> = Vec::new();
                let n = u.int_in_range(0..=3)?;
                for _ in 0..n {
                    let name = self.pick(u, VARS)?;
                    if used.contains(&name) {
                        continue;
                    }
                    if !used.is_empty() {
                        self.out.push_str(", ");
                    }
                    used.push(name);
                    self.out.push_str(name);
                    if u.ratio(1, 3)? {
                        self.out.push_str(" ? ");
                        self.expr(u, depth + 1)?;
                    }
                }
                if u.ratio(1, 2)? {
                    self.out.push_str(if used.is_empty() { "..." } else { ", ..." });
                }
                self.out.push_str(" }");
                if k == 2 {
                    let name = self.pick(u, VARS)?;
                    if !used.contains(&name) {
                        self.out.push('@');
                        self.out.push_str(name);
                    }
                }
                self.out.push_str(": ");
            }
        }
        Ok(())
    }

    /// One expression, parenthesised where precedence could matter.
    fn expr(&mut self, u: &mut Unstructured, depth: u32) -> ArbResult<()> {
        let leaf = depth >= MAX_DEPTH || u.is_empty();
        let choice = if leaf { u.int_in_range(0..=6)? } else { u.int_in_range(0..=30)? };
        match choice {
            0 => self.var(u)?,
            1 => self.int(u)?,
            2 => {
                let f = *u.choose(&["0.5", "1.0e308", "2.5e-300", "0.0", "3.14", "1.5e300"])?;
                self.out.push_str(f);
            }
            3 => self.out.push_str(self.pick(u, &["null", "true", "false", "{ }", "[ ]", "__curPos"])?),
            4 => self.out.push_str(self.pick(u, PATHS)?),
            5 => self.builtin(u)?,
            6 => self.string(u, depth)?,
            7 | 8 => {
                self.out.push('(');
                self.expr(u, depth + 1)?;
                self.out.push_str(") ");
                self.out.push_str(self.pick(u, BINOPS)?);
                self.out.push_str(" (");
                self.expr(u, depth + 1)?;
                self.out.push(')');
            }
            9..=11 => {
                // application: a builtin or any expression to 1–3 arguments
                self.out.push('(');
                if u.ratio(2, 3)? {
                    self.builtin(u)?;
                } else {
                    self.out.push('(');
                    self.expr(u, depth + 1)?;
                    self.out.push(')');
                }
                for _ in 0..u.int_in_range(1..=3)? {
                    self.out.push_str(" (");
                    self.expr(u, depth + 1)?;
                    self.out.push(')');
                }
                self.out.push(')');
            }
            12 => {
                self.out.push('[');
                for _ in 0..u.int_in_range(0..=4)? {
                    self.out.push_str(" (");
                    self.expr(u, depth + 1)?;
                    self.out.push(')');
                }
                self.out.push_str(" ]");
            }
            13 | 14 => {
                if u.ratio(1, 3)? {
                    self.out.push_str("rec ");
                }
                self.out.push_str("{ ");
                self.bindings(u, depth, false)?;
                self.out.push('}');
            }
            15 | 16 => {
                self.out.push_str("let ");
                self.bindings(u, depth, true)?;
                self.out.push_str("in ");
                self.expr(u, depth + 1)?;
            }
            17 | 18 => {
                // a function, usually applied at once
                let apply = u.ratio(2, 3)?;
                self.out.push_str(if apply { "((" } else { "(" });
                self.lambda_head(u, depth)?;
                self.expr(u, depth + 1)?;
                self.out.push(')');
                if apply {
                    self.out.push_str(" (");
                    self.expr(u, depth + 1)?;
                    self.out.push_str("))");
                }
            }
            19 => {
                self.out.push_str("if ");
                self.expr(u, depth + 1)?;
                self.out.push_str(" then ");
                self.expr(u, depth + 1)?;
                self.out.push_str(" else ");
                self.expr(u, depth + 1)?;
            }
            20 => {
                self.out.push_str("with ");
                self.expr(u, depth + 1)?;
                self.out.push_str("; ");
                self.expr(u, depth + 1)?;
            }
            21 => {
                self.out.push_str("assert ");
                self.expr(u, depth + 1)?;
                self.out.push_str("; ");
                self.expr(u, depth + 1)?;
            }
            22 | 23 => {
                self.out.push('(');
                self.expr(u, depth + 1)?;
                self.out.push_str(").");
                self.name(u)?;
                if u.ratio(1, 2)? {
                    self.out.push_str(" or (");
                    self.expr(u, depth + 1)?;
                    self.out.push(')');
                }
            }
            24 => {
                self.out.push('(');
                self.expr(u, depth + 1)?;
                self.out.push_str(") ? ");
                self.name(u)?;
            }
            25 => {
                self.out.push_str(self.pick(u, &["!", "-"])?);
                self.out.push('(');
                self.expr(u, depth + 1)?;
                self.out.push(')');
            }
            26 => {
                self.out.push_str("(import ");
                self.out.push_str(self.pick(u, PATHS)?);
                self.out.push(')');
            }
            27 => {
                // a recursive function, the usual source of deep evaluation
                self.out.push_str("(let f = n: if n <= 0 then ");
                self.expr(u, depth + 1)?;
                self.out.push_str(" else ");
                let body =
                    *u.choose(&["[ (f (n - 1)) ]", "f (n - 1) + 1", "{ x = f (n - 1); }", "(f (n - 1)) + \"\""])?;
                self.out.push_str(body);
                self.out.push_str("; in f ");
                self.int(u)?;
                self.out.push(')');
            }
            28 => {
                self.out.push_str("(builtins.tryEval (");
                self.expr(u, depth + 1)?;
                self.out.push_str("))");
            }
            29 => {
                self.out.push_str("(builtins.seq (");
                self.expr(u, depth + 1)?;
                self.out.push_str(") (");
                self.expr(u, depth + 1)?;
                self.out.push_str("))");
            }
            _ => {
                self.out.push_str("(derivation { name = ");
                self.string(u, depth)?;
                self.out.push_str("; system = \"x\"; builder = ");
                self.expr(u, depth + 1)?;
                self.out.push_str("; ");
                self.bindings(u, depth, false)?;
                self.out.push_str("})");
            }
        }
        Ok(())
    }
}
