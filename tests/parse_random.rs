//! `nixlet --parse -` on hostile input: 1,000 random byte strings and 1,000 random
//! token soups must each end with exit status 0 or 1 and a message — never a panic
//! (101), a signal, or a hang.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "let",
    "in",
    "rec",
    "with",
    "inherit",
    "if",
    "then",
    "else",
    "assert",
    "or",
    "{",
    "}",
    "[",
    "]",
    "(",
    ")",
    ";",
    ":",
    ",",
    "=",
    ".",
    "...",
    "?",
    "@",
    "==",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "&&",
    "||",
    "->",
    "//",
    "++",
    "+",
    "-",
    "*",
    "/",
    "!",
    "|>",
    "<|",
    "x",
    "y",
    "__curPos",
    "a.b",
    "1",
    "0",
    "9223372036854775808",
    "1.5",
    ".5",
    "1e3",
    "\"",
    "\"s\"",
    "\"${",
    "''",
    "''x''",
    "${",
    "./p",
    "/abs/p",
    "~/h",
    "<nixpkgs>",
    "http://u.rl",
    "#c\n",
    "/*",
    "*/",
    "\r",
    "\n",
    " ",
    "\t",
    "\\",
    "$",
    "'",
    "é",
];

fn parse_exit(input: &[u8]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nixlet"))
        .args(["--parse", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nixlet starts");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(input);
    }
    let start = std::time::Instant::now();
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let _ = child.kill();
            return (None, "timeout".into());
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let out = child.wait_with_output().expect("nixlet finished");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn check(input: &[u8], what: &str) {
    let (code, stderr) = parse_exit(input);
    assert!(
        matches!(code, Some(0) | Some(1)) && !stderr.contains("internal error"),
        "{what}: exit {code:?}\ninput: {:?}\nstderr: {stderr}",
        String::from_utf8_lossy(input)
    );
    if code == Some(1) {
        assert!(stderr.starts_with("error:"), "{what}: no error message for {input:?}: {stderr}");
    }
}

#[test]
fn random_bytes() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for i in 0..1000 {
        let len = rng.below(64);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0xff) as u8).collect();
        check(&bytes, &format!("random bytes #{i}"));
    }
}

#[test]
fn random_token_soup() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for i in 0..1000 {
        let n = rng.below(40);
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(TOKENS[rng.below(TOKENS.len())]);
            if rng.below(3) == 0 {
                s.push(' ');
            }
        }
        check(s.as_bytes(), &format!("token soup #{i}"));
    }
}
