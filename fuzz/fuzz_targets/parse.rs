//! Fuzz target `parse`: Arbitrary bytes → `decode_source` → `nixlet_parser::parse`; every diagnostic rendered both ways.
//! The code is `nixlet_fuzz::run_parse` (fuzz/src/lib.rs), replayed by tests/fuzz_regressions.rs.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| nixlet_fuzz::run_parse(data));
