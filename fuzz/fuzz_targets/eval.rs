//! Fuzz target `eval`: UTF-8 text → evaluation under every host limit, then strict printing (Nix, JSON, XML).
//! The code is `nixlet_fuzz::run_eval` (fuzz/src/lib.rs), replayed by tests/fuzz_regressions.rs.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| nixlet_fuzz::run_eval(data));
