#!/usr/bin/env bash
# Runs fuzz targets one after the other (never in parallel: one job, one worker).
#
#   fuzz/run.sh SECONDS [TARGET...]        default: all four targets
#
# Environment:
#   FUZZ_SANITIZER   address (default) or none (faster to build and to run; what CI uses)
#   FUZZ_BUILD_ARGS  extra arguments for `cargo fuzz build` (e.g. --codegen-units 16)
#   FUZZ_LOG_DIR     where libFuzzer's logs go (default fuzz/logs, git-ignored)
#   FUZZ_MAX_LEN     longest input tried (default: libFuzzer's choice from the seeds,
#                    which include inputs of hundreds of KB); CI's short runs use 16384
#
# Seeds come from fuzz/seed.sh (run when fuzz/corpus is missing). A crash, a
# timeout (-timeout=10) or running out of memory (-rss_limit_mb=4096) stops the
# target, leaves the input in fuzz/artifacts/TARGET/ and makes this script fail.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:?usage: fuzz/run.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(parse compile eval eval_structured)
san=${FUZZ_SANITIZER:-address}
logs=${FUZZ_LOG_DIR:-logs}
mkdir -p "$logs"
logs=$(cd "$logs" && pwd)

# cargo-fuzz passes nightly-only flags (-Zsanitizer, -Cpasses=sancov-module, ...);
# RUSTC_BOOTSTRAP=1 lets the stable toolchain accept them.
export RUSTC_BOOTSTRAP=1

[ -d corpus ] || ./seed.sh

# shellcheck disable=SC2086  # FUZZ_BUILD_ARGS is a list of words
cargo fuzz build -s "$san" ${FUZZ_BUILD_ARGS:-}

bin=$PWD/target/x86_64-unknown-linux-gnu/release
here=$PWD
status=0
for t in "${targets[@]}"; do
  dict=()
  [ "$t" = eval_structured ] || dict=("-dict=$here/nix.dict")
  [ -z "${FUZZ_MAX_LEN:-}" ] || dict+=("-max_len=$FUZZ_MAX_LEN")
  mkdir -p "corpus/$t" "artifacts/$t"
  echo "==> fuzzing $t for ${secs}s (log: $logs/$t.log)"
  rm -f "$logs/fuzz-0.log"
  # -jobs=1 makes libFuzzer write its output to fuzz-0.log in the working directory
  (cd "$logs" && "$bin/$t" "$here/corpus/$t" "${dict[@]}" -max_total_time="$secs" \
      -rss_limit_mb=4096 -timeout=10 -jobs=1 -workers=1 -artifact_prefix="$here/artifacts/$t/" \
      -print_final_stats=1 >/dev/null 2>&1) || status=1
  mv -f "$logs/fuzz-0.log" "$logs/$t.log"
  grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss)' "$logs/$t.log" || true
  if grep -qE 'ERROR: libFuzzer|==ERROR|panicked at|deadly signal' "$logs/$t.log"; then
    status=1
    echo "!! $t: failure, see $logs/$t.log and fuzz/artifacts/$t/"
    grep -E 'ERROR|panicked at|SUMMARY' "$logs/$t.log" | head -5
  fi
done
exit $status
