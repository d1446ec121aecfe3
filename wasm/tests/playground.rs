//! The plain Rust API of nixlet-wasm, natively: what the browser playground gets
//! back for values, JSON, parse output and errors, and that its sandbox holds
//! (no OS files, no environment, no store writes, limits that fire and leave the
//! next evaluation working). Expected values are `nix-instantiate`'s; errors are laid
//! out as current Nix does (no blank lines between message, location and excerpt).

use nixlet::StoreWrites;
use nixlet_wasm::{Mode, Outcome, Playground, Settings, evaluate};
use std::time::Duration;

fn ok(out: Outcome) -> String {
    assert!(out.ok, "expected success, got:\n{}", out.output);
    out.output
}

fn err(out: Outcome) -> String {
    assert!(!out.ok, "expected an error, got: {}", out.output);
    // `error: message`, or `error:` and a trace ending in the message
    assert!(out.output.starts_with("error: ") || out.output.starts_with("error:\n"), "{}", out.output);
    assert!(!out.output.contains('\x1b'), "ANSI escape in {:?}", out.output);
    out.output
}

#[test]
fn values_print_like_nix_instantiate_eval() {
    assert_eq!(ok(evaluate("1 + 2", Mode::Value)), "3");
    assert_eq!(ok(evaluate("\"a${toString 1}\"", Mode::Value)), "\"a1\"");
    // lazy: unevaluated attributes are not forced (nor fatal)
    let lazy = ok(evaluate("{ a = 1 + 1; b = throw \"never\"; }", Mode::Value));
    assert!(lazy.starts_with("{ a = ") && !lazy.contains("never"), "{lazy}");
    assert_eq!(
        ok(evaluate("{ a = 1 + 1; b = [ (2*3) \"s\" null ]; }", Mode::Strict)),
        "{ a = 2; b = [ 6 \"s\" null ]; }"
    );
    // strict forces everything, so a buried throw is an error there
    let e = err(evaluate("{ a = 1; b = throw \"deep\"; }", Mode::Strict));
    assert!(e.contains("deep"), "{e}");
}

#[test]
fn json_mode() {
    assert_eq!(ok(evaluate("{ b = [1 2]; a = \"x\"; }", Mode::Json)), r#"{"a":"x","b":[1,2]}"#);
    let e = err(evaluate("{ f = x: x; }", Mode::Json));
    assert!(e.contains("cannot convert a function to JSON"), "{e}");
}

#[test]
fn parse_mode() {
    assert_eq!(ok(evaluate("1 + 2 * 3", Mode::Parse)), "(1 + (__mul 2 3))");
    let p = Playground::new();
    assert_eq!(ok(p.parse("1 + 2 * 3")), "(1 + (__mul 2 3))");
    let e = err(p.parse("1 +"));
    assert_eq!(
        e,
        "error: syntax error, unexpected end of file\n       at «string»:1:4:\n            1| 1 +\n             |    ^"
    );
    // parse checks scope too, as `nix-instantiate --parse` does
    let e = err(p.parse("1 + 2 * x"));
    assert!(e.starts_with("error: undefined variable 'x'\n       at «string»:1:9:"), "{e}");
}

#[test]
fn errors_are_rendered_with_location_and_excerpt() {
    let e = err(evaluate("let x = 1; in x + \"a\"", Mode::Value));
    assert_eq!(
        e.trim_end(),
        "error: cannot add a string to an integer\n       at «string»:1:19:\n            1| let x = 1; in x + \"a\"\n             |                   ^"
    );
}

#[test]
fn show_trace_setting() {
    let src = "let f = x: throw \"boom\"; in f 1";
    let short = err(evaluate(src, Mode::Value));
    let mut p = Playground::new();
    p.settings.show_trace = true;
    let long = err(p.evaluate(src, Mode::Value));
    assert!(long.contains("boom") && long.len() >= short.len(), "{short}\n---\n{long}");
}

#[test]
fn trace_output_is_collected() {
    let out = evaluate("builtins.trace \"hi\" (builtins.trace { a = 1; } 1)", Mode::Value);
    assert_eq!(ok(out.clone()), "1");
    assert_eq!(out.messages, vec!["trace: hi".to_string(), "trace: { a = 1; }".to_string()]);
    // messages are per evaluation
    assert!(evaluate("1", Mode::Value).messages.is_empty());
}

#[test]
fn imports_of_added_files() {
    let mut p = Playground::new();
    assert_eq!(p.add_file("lib.nix", "{ double = x: x * 2; }"), "/lib.nix");
    assert_eq!(p.add_file("./sub/../sub/default.nix", "import ../lib.nix"), "/sub/default.nix");
    p.add_file("/data/a.json", r#"{"n": 20}"#);
    p.add_file("bad.nix", "{ x = 1 + true; }");
    assert_eq!(p.file_paths(), ["/bad.nix", "/data/a.json", "/lib.nix", "/sub/default.nix"]);
    assert_eq!(ok(p.evaluate("(import ./sub).double 21", Mode::Value)), "42");
    assert_eq!(ok(p.evaluate("(builtins.fromJSON (builtins.readFile ./data/a.json)).n + 1", Mode::Value)), "21");
    assert_eq!(ok(p.evaluate("builtins.attrNames (builtins.readDir ./data)", Mode::Strict)), "[ \"a.json\" ]");
    assert_eq!(ok(p.evaluate("builtins.pathExists ./nope.nix", Mode::Value)), "false");
    // an error inside an imported file points into that file
    let e = err(p.evaluate("(import ./bad.nix).x", Mode::Value));
    assert!(e.contains("at /bad.nix:1:11:") && e.contains("1| { x = 1 + true; }"), "{e}");
    let e = err(p.evaluate("import ./nope.nix", Mode::Value));
    assert!(e.contains("'/nope.nix'"), "{e}");
    // removing files
    assert!(p.remove_file("/lib.nix"));
    assert!(!p.remove_file("lib.nix"));
    err(p.evaluate("(import ./sub).double 21", Mode::Value));
    p.clear_files();
    assert!(p.file_paths().is_empty());
}

#[test]
fn no_os_files() {
    for src in [
        "builtins.readFile /etc/passwd",
        "builtins.readDir /etc",
        "import /etc/passwd",
        "builtins.readFile \"/proc/self/environ\"",
    ] {
        let e = err(evaluate(src, Mode::Strict));
        assert!(!e.contains("root:"), "{src}: {e}");
    }
    assert_eq!(ok(evaluate("builtins.pathExists /etc/passwd", Mode::Value)), "false");
    // a file of that name exists only if the page adds it
    let mut p = Playground::new();
    p.add_file("/etc/passwd", "mine");
    assert_eq!(ok(p.evaluate("builtins.readFile /etc/passwd", Mode::Value)), "\"mine\"");
}

#[test]
fn no_environment_and_pure() {
    // restricted evaluation refuses the environment outright
    let e = err(evaluate("builtins.getEnv \"HOME\"", Mode::Value));
    assert!(e.contains("access to environment variable 'HOME' is forbidden in restricted mode"), "{e}");
    for src in ["builtins.currentTime", "builtins.currentSystem", "<nixpkgs>", "~/x.nix"] {
        err(evaluate(src, Mode::Value));
    }
    let e = err(evaluate("builtins.storePath /nix/store/x0sj6ynccvc1a8kxr8fifnlf7qlxw6hd-hello", Mode::Value));
    assert!(e.contains("storePath") || e.contains("restricted") || e.contains("pure"), "{e}");
}

const HELLO: &str = "derivation { name = \"hello\"; builder = \"/bin/sh\"; system = \"x86_64-linux\"; }";

#[test]
fn derivations_get_paths_without_writes() {
    // as `nix-instantiate --eval --readonly-mode` computes them
    assert_eq!(
        ok(evaluate(&format!("({HELLO}).drvPath"), Mode::Value)),
        "\"/nix/store/x0sj6ynccvc1a8kxr8fifnlf7qlxw6hd-hello.drv\""
    );
    assert_eq!(
        ok(evaluate(&format!("({HELLO}).outPath"), Mode::Value)),
        "\"/nix/store/pnwh4xsfs4j508bs9iw6bpkyc4zw6ryx-hello\""
    );
    assert_eq!(
        ok(evaluate("builtins.toFile \"a\" \"b\"", Mode::Value)),
        "\"/nix/store/g76zcpqc540lrc8i6g7xy6ip0npn2hnp-a\""
    );
    // nothing was written: the store file is not readable through the sandbox
    err(evaluate("builtins.readFile (builtins.toFile \"a\" \"b\")", Mode::Value));
    // a derivation depending on another, and a local file copied into the store
    let mut p = Playground::new();
    p.add_file("src.txt", "text");
    let out = ok(p.evaluate(
        &format!("(derivation {{ name = \"b\"; builder = \"/bin/sh\"; system = \"x86_64-linux\"; dep = {HELLO}; src = ./src.txt; }}).drvPath"),
        Mode::Value,
    ));
    assert!(out.starts_with("\"/nix/store/") && out.ends_with("-b.drv\""), "{out}");
    // strict printing of a derivation forces it entirely
    let out = ok(evaluate(HELLO, Mode::Strict));
    assert!(out.contains("drvPath = \"/nix/store/x0sj6ynccvc1a8kxr8fifnlf7qlxw6hd-hello.drv\""), "{out}");
    // with store writes denied, the same is an error
    let p = Playground::with_settings(Settings { store_writes: StoreWrites::Deny, ..Settings::default() });
    err(p.evaluate("builtins.toFile \"a\" \"b\"", Mode::Value));
}

#[test]
fn default_limits() {
    let s = Settings::default();
    assert_eq!(s.max_steps, Some(50_000_000));
    assert_eq!(s.max_heap_bytes, Some(256 << 20));
    assert_eq!(s.timeout, Some(Duration::from_secs(10)));
    assert_eq!(s.store_writes, StoreWrites::ComputeOnly);
    assert_eq!(Playground::new().settings, s);
}

const FOREVER: &str = "let f = n: f (n + 1); in f 0";

fn next_is_fine(p: &Playground) {
    assert_eq!(
        ok(p.evaluate("builtins.foldl' builtins.add 0 (builtins.genList (i: i * i) 100)", Mode::Value)),
        "328350"
    );
}

#[test]
fn step_limit_fires_then_next_evaluation_works() {
    let mut p = Playground::new();
    p.settings.max_steps = Some(100_000);
    p.settings.timeout = None;
    let e = err(p.evaluate(FOREVER, Mode::Value));
    assert!(e.contains("step budget (100000 steps)"), "{e}");
    // tryEval cannot catch it
    let e = err(p.evaluate(&format!("builtins.tryEval ({FOREVER})"), Mode::Value));
    assert!(e.contains("step budget"), "{e}");
    next_is_fine(&p);
}

#[test]
fn default_step_limit_stops_an_endless_loop() {
    let e = err(evaluate(FOREVER, Mode::Value));
    // whichever default limit comes first: the endless recursion's frames fill the
    // heap budget, or (`n + 1` needing no thunk) the call depth runs out, before
    // 50,000,000 steps
    assert!(
        ["step budget (50000000 steps)", "memory budget (256 MiB)", "time limit (10000 ms)", "max-call-depth exceeded"]
            .iter()
            .any(|l| e.contains(l)),
        "{e}"
    );
}

#[test]
fn time_limit_fires_then_next_evaluation_works() {
    let mut p = Playground::new();
    p.settings.max_steps = None;
    // the endless recursion's frames would fill the default memory budget first
    p.settings.max_heap_bytes = None;
    p.settings.timeout = Some(Duration::from_millis(200));
    let e = err(p.evaluate(FOREVER, Mode::Value));
    assert!(e.contains("the time limit (200 ms) was exceeded"), "{e}");
    next_is_fine(&p);
}

#[test]
fn memory_limit_fires_then_next_evaluation_works() {
    let mut p = Playground::new();
    p.settings.max_heap_bytes = Some(16 << 20);
    let e = err(p.evaluate("builtins.length (builtins.genList (x: [ x ]) 10000000)", Mode::Strict));
    assert!(e.contains("memory budget (16 MiB) is exhausted") || e.contains("out of memory"), "{e}");
    let e = err(p.evaluate(
        "builtins.stringLength (builtins.concatStringsSep \"\" (builtins.genList (x: \"xxxxxxxxxxxxxxxx\") 10000000))",
        Mode::Value,
    ));
    assert!(e.contains("memory budget") || e.contains("out of memory"), "{e}");
    next_is_fine(&p);
}

#[test]
fn unlimited_settings_still_evaluate() {
    let p = Playground::with_settings(Settings {
        max_steps: None,
        max_heap_bytes: None,
        timeout: None,
        ..Settings::default()
    });
    assert_eq!(ok(p.evaluate("let f = n: if n == 0 then 0 else 1 + f (n - 1); in f 100000", Mode::Value)), "100000");
}

#[test]
fn hostile_input_is_an_error_not_a_crash() {
    let deep = format!("{}1{}", "(".repeat(100_000), ")".repeat(100_000));
    err(evaluate(&deep, Mode::Value));
    err(evaluate(&deep, Mode::Parse));
    let deep_list = format!("{}{}", "[".repeat(50_000), "]".repeat(50_000));
    err(evaluate(&deep_list, Mode::Strict));
    err(evaluate("\u{0}\u{ffff}${", Mode::Value));
    err(evaluate("let x = x; in x", Mode::Value));
}

#[test]
fn experimental_features_setting() {
    err(evaluate("1 |> (x: x + 1)", Mode::Value));
    let mut p = Playground::new();
    p.settings.experimental_features = vec!["pipe-operators".into()];
    assert_eq!(ok(p.evaluate("1 |> (x: x + 1)", Mode::Value)), "2");
}
