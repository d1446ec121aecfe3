//! `nixlet --parse -` on hostile input: 1,000 random byte strings and 1,000 random
//! token soups must each end with exit status 0 or 1 and a message — never a panic
//! (101), a signal, or a hang.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

mod common;
use common::{Rng, TOKENS};

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
