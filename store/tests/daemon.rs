//! End-to-end test against a real Nix daemon: adds text files, source trees
//! and derivations through the worker protocol, then has Nix build a
//! derivation written by nixlet.
//!
//! Skipped (with a notice on stderr) when no daemon socket or no `nix-store`
//! binary is found, unless `NIXLET_REQUIRE_DAEMON=1`, which turns the skip
//! into a failure.

#![cfg(not(target_family = "wasm"))]

use nixlet_store::content_address::ContentAddressMethod;
use nixlet_store::daemon::{DEFAULT_SOCKET, DaemonStore};
use nixlet_store::derivation::{Derivation, DerivationOutput};
use nixlet_store::hash::HashAlgo;
use nixlet_store::nar::nar_bytes;
use nixlet_store::path::{StoreDir, StorePath};
use nixlet_store::store::Store;
use nixlet_store::tree::{MemNode, MemTree};
use nixlet_store::{Error, nar};
use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

fn socket() -> PathBuf {
    std::env::var_os("NIX_DAEMON_SOCKET_PATH").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(DEFAULT_SOCKET))
}

fn have_nix_store() -> bool {
    Command::new("nix-store").arg("--version").output().is_ok_and(|o| o.status.success())
}

/// Returns false (after printing why) if the test cannot run here.
fn daemon_available() -> bool {
    let sock = socket();
    let missing = if !sock.exists() {
        Some(format!("no Nix daemon socket at {}", sock.display()))
    } else if std::os::unix::net::UnixStream::connect(&sock).is_err() {
        Some(format!("nothing answers on the Nix daemon socket {}", sock.display()))
    } else if !have_nix_store() {
        Some("no nix-store binary on PATH".to_string())
    } else {
        None
    };
    match missing {
        None => true,
        Some(why) => {
            let required = |v: &str| std::env::var(v).as_deref() == Ok("1");
            if required("NIXLET_REQUIRE_DAEMON") || required("NIXLET_REQUIRE_ALL") {
                panic!("NIXLET_REQUIRE_DAEMON=1 but the daemon test cannot run: {why}");
            }
            // Like eprintln!, but written to the stderr handle directly so the
            // test harness does not swallow the notice of a passing test.
            use std::io::Write as _;
            let _ =
                writeln!(std::io::stderr(), "SKIPPED: daemon integration test: {why} (start `nix-daemon` to run it)");
            false
        }
    }
}

fn nix_store(args: &[&str]) -> Vec<u8> {
    let out = Command::new("nix-store").args(args).env("NIX_REMOTE", "daemon").output().unwrap();
    assert!(out.status.success(), "nix-store {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// Something different on every run, so that objects are really added.
fn nonce() -> String {
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap();
    format!("{}-{}", t.as_nanos(), std::process::id())
}

fn eco_test() -> Derivation {
    let mut d = Derivation::new("eco-test");
    d.outputs.insert("out".into(), DerivationOutput::Deferred);
    d.platform = "x86_64-linux".into();
    d.builder = "/bin/sh".into();
    d.args = vec!["-c".into(), "echo hi > $out".into()];
    for (k, v) in [("builder", "/bin/sh"), ("name", "eco-test"), ("system", "x86_64-linux")] {
        d.env.insert(k.into(), v.into());
    }
    d
}

#[test]
fn daemon_end_to_end() {
    if !daemon_available() {
        return;
    }
    let dir = StoreDir::default();
    let mut store = DaemonStore::connect(socket(), dir.clone()).unwrap();
    let version = store.protocol_version().unwrap();
    eprintln!(
        "connected: protocol 1.{}, daemon Nix {}",
        version & 0xff,
        store.daemon_nix_version().unwrap_or("(unknown)")
    );
    assert!(version >= 0x119);

    let none = BTreeSet::new();
    let n = nonce();

    // A text file, as builtins.toFile adds it.
    let text = format!("hello from nixlet {n}\n");
    let tp = store.add_text("nixlet-hello", text.as_bytes(), &none).unwrap();
    assert_eq!(tp, dir.text_path_for("nixlet-hello", text.as_bytes(), &none).unwrap());
    assert!(store.is_valid_path(&tp).unwrap());
    assert_eq!(std::fs::read(dir.print(&tp)).unwrap(), text.as_bytes());

    // A text file referring to the first one.
    let refs = BTreeSet::from([tp.clone()]);
    let body = format!("see {}", dir.print(&tp));
    let rp = store.add_text("nixlet-refs", body.as_bytes(), &refs).unwrap();
    let queried = nix_store(&["--query", "--references", &dir.print(&rp)]);
    assert_eq!(String::from_utf8(queried).unwrap().trim(), dir.print(&tp));

    // A source tree (NAR, recursive SHA-256): Nix dumps it back identically.
    let tree = MemTree::new(
        "/src",
        MemNode::dir([
            ("bin", MemNode::dir([("run", MemNode::executable("#!/bin/sh\necho run\n"))])),
            ("nonce", MemNode::file(n.clone())),
            ("link", MemNode::symlink("nonce")),
        ]),
    );
    let sp = store.add_path("src", &tree, "/src", ContentAddressMethod::Recursive, HashAlgo::Sha256, &none).unwrap();
    assert_eq!(nix_store(&["--dump", &dir.print(&sp)]), nar_bytes(&tree, "/src").unwrap());

    // Flat files with other algorithms.
    for algo in [HashAlgo::Sha1, HashAlgo::Sha512] {
        let file = MemTree::new("/f", MemNode::file(format!("flat {n} {algo}")));
        let nar = nar::nar_bytes(&file, "/f").unwrap();
        let fp = store.add_nar("flat", &nar, ContentAddressMethod::Flat, algo, &none).unwrap();
        assert_eq!(std::fs::read(dir.print(&fp)).unwrap(), format!("flat {n} {algo}").as_bytes());
        let recursive = store.add_nar("rec", &nar, ContentAddressMethod::Recursive, algo, &none).unwrap();
        assert!(store.is_valid_path(&recursive).unwrap());
    }

    // The eco-test derivation: written through the daemon, built by Nix.
    let mut drv = eco_test();
    drv.fill_in_output_paths(&dir, &mut |_| Err(Error::Unsupported("no inputs".into()))).unwrap();
    let dp = store.write_derivation(&drv).unwrap();
    assert_eq!(dir.print(&dp), "/nix/store/nvj9p15ydnxid10gydhf3birc4ghlxji-eco-test.drv");
    assert_eq!(store.read_derivation(&dp).unwrap(), drv);
    let out = nix_store(&["--realise", &dir.print(&dp)]);
    let out = String::from_utf8(out).unwrap();
    assert_eq!(out.trim(), "/nix/store/mlqhpg1zzq62cc8pcam1vsjg345lk68v-eco-test");
    assert_eq!(std::fs::read_to_string(out.trim()).unwrap(), "hi\n");

    // A fresh derivation using the added sources as inputs: really built now.
    let mut d2 = Derivation::new("nixlet-uses-srcs");
    d2.outputs.insert("out".into(), DerivationOutput::Deferred);
    d2.input_srcs.extend([tp.clone(), sp.clone()]);
    d2.platform = "x86_64-linux".into();
    d2.builder = "/bin/sh".into();
    // The build has no PATH: only shell builtins and the added script.
    let script = format!(
        "{}/bin/run > $out; while IFS= read -r l; do echo \"$l\" >> $out; done < {}",
        dir.print(&sp),
        dir.print(&tp)
    );
    d2.args = vec!["-c".into(), script];
    for (k, v) in [("builder", "/bin/sh"), ("name", "nixlet-uses-srcs"), ("system", "x86_64-linux")] {
        d2.env.insert(k.into(), v.into());
    }
    d2.fill_in_output_paths(&dir, &mut |_| Err(Error::Unsupported("no inputs".into()))).unwrap();
    let dp2 = store.write_derivation(&d2).unwrap();
    let refs2 = String::from_utf8(nix_store(&["--query", "--references", &dir.print(&dp2)])).unwrap();
    let mut refs2: Vec<&str> = refs2.lines().collect();
    refs2.sort();
    let mut want = vec![dir.print(&tp), dir.print(&sp)];
    want.sort();
    assert_eq!(refs2, want);
    let out2 = String::from_utf8(nix_store(&["--realise", &dir.print(&dp2)])).unwrap();
    assert_eq!(out2.trim(), d2.env["out"]);
    assert_eq!(std::fs::read_to_string(out2.trim()).unwrap(), format!("run\n{text}"));

    // Missing paths.
    let missing: StorePath = dir.parse_path("/nix/store/00000000000000000000000000000000-nixlet-missing.drv").unwrap();
    assert!(!store.is_valid_path(&missing).unwrap());
    assert!(matches!(store.read_derivation(&missing), Err(Error::InvalidPath(_))));

    // A daemon-side error (a reference to a path that does not exist) comes
    // back as an error value, and the store keeps working afterwards.
    let bad_refs = BTreeSet::from([missing.clone()]);
    let err = store.add_text("nixlet-bad-ref", n.as_bytes(), &bad_refs).unwrap_err();
    eprintln!("daemon error, as expected: {err}");
    assert!(matches!(err, Error::Daemon(_)), "{err:?}");
    assert!(store.is_valid_path(&tp).unwrap());
}
