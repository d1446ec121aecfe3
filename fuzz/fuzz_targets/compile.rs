//! Fuzz target `compile`: UTF-8 text → `Evaluator::parse` (parse, lowering, scope analysis, bytecode compiler).
//! The code is `nixlet_fuzz::run_compile` (fuzz/src/lib.rs), replayed by tests/fuzz_regressions.rs.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| nixlet_fuzz::run_compile(data));
