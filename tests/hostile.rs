//! Hostile inputs through the `nixlet` binary: each must end with exit status 0 or
//! 1 and, on 1, an `error:` message — never a panic, an abort, a signal or a hang.
//! Every run has a wall-clock limit and a memory budget (`--timeout`,
//! `--max-memory`), as a host evaluating untrusted code would set.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs nixlet with the safety limits and `args`, feeding `stdin`.
fn nixlet(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nixlet"));
    cmd.args(["--timeout", "20", "--max-memory", "2G"])
        .args(args)
        .current_dir(dir)
        .env_remove("NIX_PATH")
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn().expect("nixlet runs");
    if let Some(input) = stdin {
        use std::io::Write;
        let mut si = child.stdin.take().expect("stdin is piped");
        let input = input.to_vec();
        // write from a thread: the child may stop reading early
        std::thread::spawn(move || {
            let _ = si.write_all(&input);
        });
    }
    let out = child.wait_with_output().expect("nixlet finishes");
    let took = start.elapsed();
    assert!(took < Duration::from_secs(60), "{args:?} took {took:?}");
    let code = match out.status.code() {
        Some(c) => c,
        None => panic!("{args:?} was killed by a signal: {:?}", out.status),
    };
    let run = Run {
        code,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(code == 0 || code == 1, "{args:?}: exit {code}\n{}", run.stderr);
    assert!(!run.stderr.contains("internal error"), "{args:?} panicked:\n{}", run.stderr);
    if code == 1 {
        assert!(run.stderr.contains("error:"), "{args:?}: exit 1 without a message:\n{}", run.stderr);
    }
    run
}

fn expr(dir: &Path, e: &str) -> Run {
    nixlet(dir, &["--eval", "--strict", "-E", e], None)
}

fn stdin_expr(dir: &Path, src: &[u8]) -> Run {
    nixlet(dir, &["--eval", "--strict", "-"], Some(src))
}

fn fails_with(r: &Run, needle: &str) {
    assert_eq!(r.code, 1, "expected failure containing {needle:?}, got stdout {:?}", r.stdout);
    assert!(r.stderr.contains(needle), "expected {needle:?} in:\n{}", r.stderr);
}

/// A per-test scratch directory, removed when the test ends (also when it fails), so
/// repeated runs do not leave thousands of files in the temporary directory.
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(name: &str) -> Scratch {
    let d = std::env::temp_dir().join(format!("nixlet-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    Scratch(d)
}

#[test]
fn deep_nesting_of_every_kind() {
    let d = scratch("nesting");
    let n = 100_000;
    let cases: Vec<(String, &str)> = vec![
        (format!("{}1{}", "(".repeat(n), ")".repeat(n)), "parens"),
        (format!("{}1{}", "[ ".repeat(n), " ]".repeat(n)), "lists"),
        (format!("{}1{}", "{ a = ".repeat(n), "; }".repeat(n)), "attrsets"),
        (format!("{}1", "let a = 1; in ".repeat(n)), "lets"),
        (format!("{}1", "x: ".repeat(n)), "lambdas"),
        (format!("{}1", "- ".repeat(n)), "negations"),
        (format!("{}true", "!".repeat(n)), "nots"),
        (format!("1{}", " + 1".repeat(n)), "a long sum"),
        (format!("{}1{}", "\"${".repeat(n), "}\"".repeat(n)), "interpolations"),
    ];
    for (src, what) in cases {
        let r = stdin_expr(&d, src.as_bytes());
        if r.code == 1 {
            assert!(
                r.stderr.contains("nested too deeply") || r.stderr.contains("max-call-depth"),
                "{what}: unexpected error\n{}",
                &r.stderr[..r.stderr.len().min(2000)]
            );
        }
        // parsing alone must also be fine
        let r = nixlet(&d, &["--parse", "-"], Some(src.as_bytes()));
        assert!(r.code == 0 || r.stderr.contains("nested too deeply"), "{what}: {}", r.stderr);
    }
    // a long sum is not nesting: it evaluates
    let r = stdin_expr(&d, format!("1{}", " + 1".repeat(n)).as_bytes());
    assert_eq!(r.stdout.trim(), (n + 1).to_string());
    // left-associative chains are as deep as they are long; C++ Nix overflows its
    // stack on a 1,000,000-term sum, nixlet grows its stack while walking the tree
    let m = 300_000;
    let r = stdin_expr(&d, format!("1{}", " + 1".repeat(m)).as_bytes());
    assert_eq!(r.stdout.trim(), (m + 1).to_string());
    let r = nixlet(&d, &["--parse", "-"], Some(format!("1{}", " - 1".repeat(m)).as_bytes()));
    assert_eq!(r.code, 0);
    // the same chain where a thunk is made (a list element, a lambda's body that
    // `map` applies): the compiler tries to speculate it, a walk that stops early
    let r = stdin_expr(&d, format!("let x = 1; in builtins.head [ (x{}) ]", " + 1".repeat(m)).as_bytes());
    assert_eq!(r.stdout.trim(), (m + 1).to_string(), "{}", r.stderr);
    let r = stdin_expr(&d, format!("builtins.head (map (x: x{}) [ 1 ])", " + 1".repeat(m)).as_bytes());
    assert_eq!(r.stdout.trim(), (m + 1).to_string(), "{}", r.stderr);
    let r = stdin_expr(&d, format!("let f = x: f; in builtins.isFunction (f{})", " 1".repeat(m / 10)).as_bytes());
    assert_eq!(r.stdout.trim(), "true");
    let r = stdin_expr(&d, format!("builtins.length ([ 1 ]{})", " ++ [ 1 ]".repeat(m)).as_bytes());
    assert!(r.code == 0 || r.stderr.contains("nested too deeply"), "{}", r.stderr);
    // nesting built at run time (not in the source) is bounded by the data-nesting limit
    let r = expr(&d, "let f = n: if n == 0 then 0 else [ (f (n - 1)) ]; in f 100000");
    fails_with(&r, "max-call-depth exceeded");
}

/// Nesting C++ Nix accepts (its parser stack holds 10,000 entries) evaluates: rnix
/// alone stops at 512 levels (vendor/rnix/NIXLET-PATCH.md).
#[test]
fn deep_nesting_that_nix_accepts() {
    let d = scratch("nix-nesting");
    let n = 3000;
    let lets: String = (0..n).map(|i| format!("let a = {i}; in ")).collect();
    let cases: Vec<(String, String, &str)> = vec![
        (format!("{}1{}", "(".repeat(n), ")".repeat(n)), "1".into(), "parens"),
        (format!("{lets}a"), (n - 1).to_string(), "a let tower"),
        (format!("{}1{}", "if true then ".repeat(n), " else 0".repeat(n)), "1".into(), "nested ifs"),
        (
            format!(
                "let x = {}; in {} -1",
                n - 1,
                (0..n).map(|i| format!("if x == {i} then {i} else ")).collect::<String>()
            ),
            (n - 1).to_string(),
            "an else-if chain",
        ),
        (format!("({}x) {}", "x: ".repeat(n), "1 ".repeat(n)), "1".into(), "curried lambdas"),
        (format!("let f = x: x + 1; in {}0{}", "f (".repeat(n), ")".repeat(n)), n.to_string(), "applications"),
        (
            format!("builtins.length (builtins.attrNames {}1{})", "{ a = ".repeat(n), "; }".repeat(n)),
            "1".into(),
            "sets",
        ),
        (format!("{}\"x\"{}", "\"${".repeat(n), "}\"".repeat(n)), "\"x\"".into(), "interpolations"),
        (format!("{}1", "with { }; ".repeat(n)), "1".into(), "withs"),
        (format!("{}1", "assert true; ".repeat(n)), "1".into(), "asserts"),
    ];
    for (src, want, what) in cases {
        let r = stdin_expr(&d, src.as_bytes());
        assert_eq!((r.code, r.stdout.trim()), (0, want.as_str()), "{what}: {}", &r.stderr[..r.stderr.len().min(500)]);
    }
}

#[test]
fn huge_literals_and_strange_bytes() {
    let d = scratch("bytes");
    let big = "a".repeat(10 << 20);
    let r = stdin_expr(&d, format!("builtins.stringLength \"{big}\"").as_bytes());
    assert_eq!(r.stdout.trim(), (10 << 20).to_string());
    let r = stdin_expr(&d, format!("builtins.stringLength ''\n  {big}\n''").as_bytes());
    assert_eq!(r.stdout.trim(), ((10 << 20) + 1).to_string());
    // a 10 MB identifier and a 10 MB path
    let r = stdin_expr(&d, format!("let {big} = 1; in {big}").as_bytes());
    assert_eq!(r.stdout.trim(), "1");
    let r = stdin_expr(&d, format!("builtins.stringLength (toString ./{big})").as_bytes());
    assert_eq!(r.code, 0);

    // invalid UTF-8 and binary sources
    fails_with(&stdin_expr(&d, b"\"\xff\xfe\""), "error:");
    let binary: Vec<u8> = (0..100_000u32).map(|i| (i.wrapping_mul(2654435761) >> 13) as u8).collect();
    std::fs::write(d.join("binary.nix"), &binary).unwrap();
    fails_with(&nixlet(&d, &["--eval", "binary.nix"], None), "error:");
    // NUL bytes in the source
    fails_with(&stdin_expr(&d, b"1 + \0 2"), "error:");
    let _ = stdin_expr(&d, b"\"a\0b\"");
    // binary data read as a string is fine, as long as it has no NUL byte (Nix's rule)
    let no_nul: Vec<u8> = binary.iter().map(|&b| b.max(1)).collect();
    std::fs::write(d.join("data.bin"), &no_nul).unwrap();
    let r = expr(&d, "builtins.stringLength (builtins.readFile ./data.bin)");
    assert_eq!(r.stdout.trim(), "100000");
    let r = expr(&d, "builtins.hashString \"sha256\" (builtins.readFile ./data.bin)");
    assert_eq!(r.code, 0);
    std::fs::write(d.join("nul.bin"), &binary).unwrap();
    fails_with(&expr(&d, "builtins.readFile ./nul.bin"), "cannot be represented as a Nix string");
    let r = expr(&d, "builtins.hashFile \"sha256\" ./nul.bin");
    assert_eq!(r.code, 0, "{}", r.stderr);
    // importing a binary file
    fails_with(&expr(&d, "import ./data.bin"), "error:");
}

#[test]
fn recursion_that_never_ends() {
    let d = scratch("recursion");
    fails_with(&expr(&d, "let x = x; in x"), "infinite recursion encountered");
    fails_with(&expr(&d, "let a = { x = b.x; }; b = { x = a.x; }; in a.x"), "infinite recursion encountered");
    fails_with(&expr(&d, "rec { a = b; b = a; }.a"), "infinite recursion encountered");
    // mutual recursion through functions: not a thunk cycle, ends at the call-depth limit
    fails_with(&expr(&d, "let f = x: g x; g = x: f x; in f 1"), "max-call-depth exceeded");
    fails_with(
        &nixlet(&d, &["--eval", "--max-call-depth", "100000", "-E", "let f = x: 1 + f x; in f 1"], None),
        "max-call-depth exceeded",
    );
    // a cyclic list forced deeply: each list is visited once, as in Nix
    let r = expr(&d, "let l = [ 1 l ]; in builtins.deepSeq l l");
    assert_eq!(r.stdout.trim(), "[ 1 [ 1 «repeated» ] ]");
}

/// Values that contain themselves, consumed by everything that walks into them:
/// coercions that peel `outPath`/`__toString` or descend into lists, equality,
/// `<`, functor calls. Each used to run for ever (C++ Nix overflows its stack);
/// each must now stop with the stack overflow error, at the (lowered) call depth
/// or the nesting limit, well before the harness's own timeout.
#[test]
fn self_containing_values_end_in_a_stack_overflow() {
    let d = scratch("self-containing");
    let defs = [
        "{ outPath = s; }",
        "{ __toString = self: self; }",
        "{ __toString = self: { outPath = s; }; }",
        "{ outPath = let t = s; in t; }",
    ];
    let uses = [
        "\"${s}\"",
        "\"x\" + s",
        "./. + s",
        "builtins.toString s",
        "builtins.toJSON { a = s; }",
        "builtins.readFile s",
        "(derivation { name = \"a\"; system = \"x\"; builder = s; }).drvPath",
    ];
    let mut cases: Vec<String> =
        defs.iter().flat_map(|d| uses.iter().map(move |u| format!("let s = {d}; in {u}"))).collect();
    cases.extend(
        [
            "let x = [ 1 x ]; in builtins.toString x",
            "let x = { a = x; }; y = { a = y; }; in x == y",
            "let x = [ x x ]; y = [ y y ]; in x != y",
            "let x = { type = \"derivation\"; outPath = x; }; y = { type = \"derivation\"; outPath = y; }; in x == y",
            "let s = [ s s ]; t = [ t ]; in s < t",
            "let s = [ s s ]; t = [ t ]; in builtins.sort builtins.lessThan [ s t ]",
            "let s = { __functor = self: self; }; in s 1",
            "let s = { __functor = self: self; }; in builtins.map s [ 1 ]",
        ]
        .map(String::from),
    );
    for c in &cases {
        let start = Instant::now();
        let r = nixlet(&d, &["--readonly-mode", "--max-call-depth", "1000", "--eval", "--strict", "-E", c], None);
        fails_with(&r, "stack overflow; max-call-depth exceeded");
        assert!(start.elapsed() < Duration::from_secs(10), "{c} took {:?}", start.elapsed());
    }
}

#[test]
fn exponential_blowup_and_huge_counts() {
    let d = scratch("blowup");
    // exponential blow-up, stopped by the memory budget or the timeout (whichever
    // fires first on a loaded machine: both say "evaluation aborted")
    let r = nixlet(
        &d,
        &[
            "--eval",
            "--strict",
            "--max-memory",
            "256M",
            "-E",
            "let f = n: if n == 0 then 0 else [ (f (n - 1)) (f (n - 1)) ]; in f 40",
        ],
        None,
    );
    fails_with(&r, "evaluation aborted");
    let r = nixlet(
        &d,
        &["--eval", "--timeout", "1", "-E", "let f = n: if n == 0 then 0 else f (n - 1) + f (n - 1); in f 60"],
        None,
    );
    fails_with(&r, "evaluation aborted");
    // strings doubling
    let r = nixlet(
        &d,
        &[
            "--eval",
            "--max-memory",
            "256M",
            "-E",
            "let d = s: n: if n == 0 then s else d (s + s) (n - 1); in builtins.stringLength (d \"x\" 64)",
        ],
        None,
    );
    fails_with(&r, "evaluation aborted");
    // huge genList counts
    fails_with(&expr(&d, "builtins.length (builtins.genList (x: x) 100000000000)"), "cannot create list");
    fails_with(&expr(&d, "builtins.genList (x: x) (-1)"), "cannot create list of size -1");
    let r = nixlet(&d, &["--eval", "--max-memory", "256M", "-E", "builtins.genList (x: x) 1000000000"], None);
    fails_with(&r, "evaluation aborted");
    // a large but allowed one works
    let r = expr(&d, "builtins.length (builtins.genList (x: x) 3000000)");
    assert_eq!(r.stdout.trim(), "3000000");
    // concatenation amplification
    let r = nixlet(
        &d,
        &[
            "--eval",
            "--max-memory",
            "256M",
            "-E",
            "let s = builtins.concatStringsSep \"\" (builtins.genList (_: \"xxxxxxxxxxxxxxxx\") 100000); \
             in builtins.stringLength (builtins.concatStringsSep \"\" (builtins.genList (_: s) 100000))",
        ],
        None,
    );
    fails_with(&r, "evaluation aborted");
}

#[test]
fn long_lists_of_ready_values() {
    // Builtins that walk a list from one element's continuation to the next used
    // to call those continuations natively when every element was already
    // evaluated, and overflowed the Rust stack on long lists.
    let d = scratch("ready");
    let ready = |body: &str| format!("let l = builtins.genList toString 300000; in builtins.deepSeq l ({body})");
    let r = expr(&d, &ready("builtins.stringLength (builtins.concatStringsSep \",\" l)"));
    assert_eq!(r.stdout.trim(), "1988889", "{}", r.stderr);
    let r = expr(&d, &ready("builtins.stringLength (toString l)"));
    assert_eq!(r.stdout.trim(), "1988889", "{}", r.stderr);
    let r = nixlet(
        &d,
        &[
            "--eval",
            "--readonly-mode",
            "-E",
            &ready("(derivation { name = \"x\"; system = \"s\"; builder = \"b\"; args = l; }).drvPath"),
        ],
        None,
    );
    assert!(r.stdout.trim().ends_with("-x.drv\""), "{}", r.stderr);
    let r = expr(
        &d,
        "let l = builtins.genList (i: { prefix = \"p${toString i}\"; path = /.; }) 300000; \
         in builtins.deepSeq l (builtins.findFile l \"missing\")",
    );
    fails_with(&r, "was not found in the Nix search path");
}

#[test]
fn import_cycles() {
    let d = scratch("imports");
    std::fs::write(d.join("a.nix"), "import ./b.nix").unwrap();
    std::fs::write(d.join("b.nix"), "import ./a.nix").unwrap();
    fails_with(&nixlet(&d, &["--eval", "a.nix"], None), "infinite recursion encountered");
    // a deep chain of 2,000 files that closes into a cycle
    let n = 2000;
    for i in 0..n {
        std::fs::write(d.join(format!("c{i}.nix")), format!("1 + import ./c{}.nix", (i + 1) % n)).unwrap();
    }
    fails_with(&nixlet(&d, &["--eval", "c0.nix"], None), "infinite recursion encountered");
    // the same chain ending properly evaluates
    std::fs::write(d.join(format!("c{}.nix", n - 1)), "0").unwrap();
    let r = nixlet(&d, &["--eval", "c0.nix"], None);
    assert_eq!(r.stdout.trim(), (n - 1).to_string());
    // a directory importing itself through default.nix
    std::fs::create_dir_all(d.join("self")).unwrap();
    std::fs::write(d.join("self/default.nix"), "import ./.").unwrap();
    fails_with(&nixlet(&d, &["--eval", "self"], None), "infinite recursion encountered");
}

#[cfg(unix)]
#[test]
fn symlink_loops() {
    use std::os::unix::fs::symlink;
    let d = scratch("symlinks");
    std::fs::create_dir_all(d.join("dir")).unwrap();
    symlink(".", d.join("dir/self")).unwrap();
    symlink("loop2", d.join("dir/loop1")).unwrap();
    symlink("loop1", d.join("dir/loop2")).unwrap();
    std::fs::write(d.join("dir/f"), "x").unwrap();
    let r = expr(&d, "builtins.readDir ./dir");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("loop1 = \"symlink\""), "{}", r.stdout);
    fails_with(&expr(&d, "builtins.readFile ./dir/loop1"), "error:");
    fails_with(&expr(&d, "import ./dir/loop1"), "error:");
    // as in Nix, a symlink exists even if it leads nowhere
    let r = expr(&d, "builtins.pathExists ./dir/loop1");
    assert_eq!(r.stdout.trim(), "true");
    let _ = expr(&d, "builtins.readFileType ./dir/loop1");
    // a self-referencing directory walked through its link many times
    let deep = format!("./dir{}", "/self".repeat(200));
    let r = expr(&d, &format!("builtins.readFile {deep}/f"));
    assert!(r.code == 0 || r.stderr.contains("error:"));
    // copying a directory with a symlink loop to the store (symlinks are stored as links)
    let r = expr(&d, "builtins.stringLength \"${./dir}\"");
    assert!(r.code == 0 || r.code == 1);
}

#[test]
fn many_bindings_known_while_compiling() {
    // `let` bindings of builtins are looked up while compiling every read of them
    // (`Compiler::known_slots`); a list of them made that quadratic: 200,000
    // chained bindings, each read once, took minutes (and `--timeout` does not
    // stop the compiler). Now about 3 s in a debug build.
    let d = scratch("known");
    let n = 200_000;
    let mut src = String::from("let\n  a0 = builtins.length;\n");
    for i in 1..n {
        src.push_str(&format!("  a{i} = a{};\n", i - 1));
    }
    src.push_str("in builtins.foldl' (x: y: x + y) 0 [\n");
    for i in 0..n {
        src.push_str(&format!("  (a{i} [ {i} ])\n"));
    }
    src.push_str("]\n");
    let start = Instant::now();
    let r = stdin_expr(&d, src.as_bytes());
    let took = start.elapsed();
    assert_eq!((r.code, r.stdout.trim()), (0, n.to_string().as_str()), "{}", r.stderr);
    assert!(took < Duration::from_secs(20), "took {took:?}");
}
