//! Fuzz target `eval_structured`: Bytes → a generated Nix expression → the `eval` target's evaluation and printing.
//! The code is `nixlet_fuzz::run_eval_structured` (fuzz/src/lib.rs), replayed by tests/fuzz_regressions.rs.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| nixlet_fuzz::run_eval_structured(data));
