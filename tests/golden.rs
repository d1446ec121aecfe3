//! Golden tests: every `tests/golden/**/NAME.nix` is run through the `nixlet` binary
//! the way C++ Nix's language tests run `nix-instantiate`, and compared with files
//! next to it.
//!
//! | file name            | command                                  | expectation                          |
//! |----------------------|------------------------------------------|--------------------------------------|
//! | `eval-okay-*.nix`    | `--eval --strict FILE` (+ `.flags`)      | exit 0, stdout == `.exp`; stderr == `.err.exp` if present (else empty) |
//! | `eval-fail-*.nix`    | `--eval --strict --show-trace FILE`, or the content of `.flags` | exit 1, stdout+stderr == `.err.exp` |
//! | `parse-okay-*.nix`   | `--parse - < FILE`                       | exit 0; stdout == `.exp` if present  |
//! | `parse-fail-*.nix`   | `--parse - < FILE`                       | exit 1, stderr == `.err.exp`         |
//!
//! Paths in outputs are written relative to the golden directory as `/pwd`.
//! Set `NIXLET_BLESS=1` to (re)write the expectation files from the current output.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().map(|e| e == "nix").unwrap_or(false) {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            if ["eval-okay-", "eval-fail-", "parse-okay-", "parse-fail-"].iter().any(|pre| name.starts_with(pre)) {
                out.push(p);
            }
        }
    }
}

fn read_opt(p: &Path) -> Option<String> {
    std::fs::read_to_string(p).ok()
}

fn flags_of(p: &Path) -> Option<Vec<String>> {
    let f = p.with_extension("flags");
    let text = read_opt(&f)?;
    let text: String = text.lines().map(|l| l.split('#').next().unwrap_or("")).collect::<Vec<_>>().join(" ");
    Some(text.split_whitespace().map(|s| s.to_string()).collect())
}

struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

fn run(args: &[String], stdin: Option<&Path>, cwd: &Path) -> Outcome {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_nixlet"));
    cmd.args(args).current_dir(cwd).env_remove("NIX_PATH").env("HOME", "/fake-home");
    cmd.env("TEST_VAR", "foo");
    cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
    match stdin {
        Some(p) => {
            cmd.stdin(std::fs::File::open(p).expect("golden input exists"));
        }
        None => {
            cmd.stdin(Stdio::null());
        }
    }
    let out = cmd.output().expect("the nixlet binary runs");
    Outcome {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn normalise(s: &str, dir: &Path) -> String {
    s.replace(&dir.to_string_lossy().into_owned(), "/pwd")
}

fn check(expected_file: &Path, actual: &str, failures: &mut Vec<String>, name: &str, what: &str) {
    let bless = std::env::var_os("NIXLET_BLESS").is_some();
    match read_opt(expected_file) {
        Some(exp) if exp == actual => {}
        _ if bless => {
            if actual.is_empty() && !expected_file.exists() {
                return;
            }
            std::fs::write(expected_file, actual).expect("can write golden file");
        }
        Some(exp) => failures.push(format!("{name}: {what} differs\n--- expected\n{exp}\n--- actual\n{actual}")),
        None if actual.is_empty() => {}
        None => failures.push(format!("{name}: no {} (actual {what}:\n{actual})", expected_file.display())),
    }
}

#[test]
fn golden() {
    let root = golden_dir();
    let mut files = Vec::new();
    collect(&root, &mut files);
    assert!(!files.is_empty(), "no golden tests found under {}", root.display());
    let mut failures = Vec::new();
    for f in &files {
        let dir = f.parent().expect("file has a directory").to_path_buf();
        let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let rel = format!("./{name}");
        if name.starts_with("parse-") {
            let o = run(&["--parse".into(), "-".into()], Some(f), &dir);
            let okay = name.starts_with("parse-okay-");
            let want = if okay { 0 } else { 1 };
            if o.code != Some(want) {
                failures.push(format!("{name}: exit {:?}, expected {want}\n{}", o.code, o.stderr));
                continue;
            }
            if !okay {
                check(&f.with_extension("err.exp"), &normalise(&o.stderr, &dir), &mut failures, &name, "stderr");
            } else if f.with_extension("exp").exists() {
                // the printed expression, where a test gives it
                check(&f.with_extension("exp"), &normalise(&o.stdout, &dir), &mut failures, &name, "stdout");
            }
        } else if name.starts_with("eval-okay-") {
            let mut args = flags_of(f).unwrap_or_default();
            args.extend(["--eval".into(), "--strict".into(), rel]);
            let o = run(&args, None, &dir);
            if o.code != Some(0) {
                failures.push(format!("{name}: exit {:?}, expected 0\n{}", o.code, o.stderr));
                continue;
            }
            check(&f.with_extension("exp"), &normalise(&o.stdout, &dir), &mut failures, &name, "stdout");
            check(&f.with_extension("err.exp"), &normalise(&o.stderr, &dir), &mut failures, &name, "stderr");
        } else {
            let mut args =
                flags_of(f).unwrap_or_else(|| vec!["--eval".into(), "--strict".into(), "--show-trace".into()]);
            args.push(rel);
            let o = run(&args, None, &dir);
            if o.code != Some(1) {
                failures.push(format!("{name}: exit {:?}, expected 1\n{}{}", o.code, o.stdout, o.stderr));
                continue;
            }
            let all = format!("{}{}", o.stdout, o.stderr);
            check(&f.with_extension("err.exp"), &normalise(&all, &dir), &mut failures, &name, "output");
        }
    }
    eprintln!("golden: {} files checked", files.len());
    assert!(failures.is_empty(), "{} golden failures:\n\n{}", failures.len(), failures.join("\n\n"));
}
