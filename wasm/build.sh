#!/usr/bin/env bash
# Builds the playground's WebAssembly module into wasm/pkg/ (git-ignored):
# `cargo build --release --target wasm32-unknown-unknown -p nixlet-wasm`, then
# `wasm-bindgen --target web`. Serve wasm/ and open /www/ (README, "Browser playground").
#
#   wasm/build.sh                                   # release, --target web, wasm/pkg
#   wasm/build.sh --target nodejs --out-dir DIR     # what the node test uses
#   wasm/build.sh --dev                             # debug build (faster, larger)
#
# Needs the wasm32-unknown-unknown target and wasm-bindgen-cli of exactly the
# version of the wasm-bindgen crate in Cargo.lock; it says how to install what
# is missing. No wasm-pack, no npm.
set -euo pipefail
cd "$(dirname "$0")/.."

target=web
out_dir=wasm/pkg
profile=release
while [ $# -gt 0 ]; do
  case "$1" in
    --target) target="${2:?--target needs a value}"; shift 2 ;;
    --out-dir) out_dir="${2:?--out-dir needs a value}"; shift 2 ;;
    --dev) profile=dev; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "wasm/build.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done

# the wasm-bindgen version the crate was resolved to
want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$want" ]; then
  echo "wasm/build.sh: no wasm-bindgen in Cargo.lock (is nixlet-wasm a workspace member?)" >&2
  exit 1
fi

missing=0
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  if [ ! -d "$(rustc --print target-libdir --target wasm32-unknown-unknown 2>/dev/null)" ]; then
    echo "error: the Rust target wasm32-unknown-unknown is not installed; install it with:" >&2
    echo "    rustup target add wasm32-unknown-unknown" >&2
    missing=1
  fi
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$want" ]; then
  if [ -z "$have" ]; then
    echo "error: wasm-bindgen (wasm-bindgen-cli $want) is not installed." >&2
  else
    echo "error: wasm-bindgen is version $have, but the wasm-bindgen crate is $want; they must match exactly." >&2
  fi
  echo "Install the matching version (builds from source, about 10 minutes) with:" >&2
  echo "    cargo install wasm-bindgen-cli --version =$want" >&2
  missing=1
fi
[ "$missing" = 0 ] || exit 1

if [ "$profile" = release ]; then
  cargo build -p nixlet-wasm --release --target wasm32-unknown-unknown
  dir=release
else
  cargo build -p nixlet-wasm --target wasm32-unknown-unknown
  dir=debug
fi
wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$dir/nixlet_wasm.wasm"

mkdir -p "$out_dir"
wasm-bindgen --target "$target" --out-dir "$out_dir" "$wasm"
echo "wasm/build.sh: wrote $out_dir/ (--target $target):"
ls -l "$out_dir"
