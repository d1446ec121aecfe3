set -e
source $stdenv/setup 2>/dev/null || true
mkdir -p $out
