#!/usr/bin/env bash
# Builds the seed corpora under fuzz/corpus/<target>/ (git-ignored):
#  - every tests/golden/**/*.nix of this repository;
#  - at run time only, C++ Nix's language tests from ../shared/conformance/nix-lang
#    (or $NIXLET_LANG_TESTS) when present. They are LGPL and never committed: the
#    corpus directory is git-ignored.
#  - the saved regression inputs of each target (fuzz/regressions/<target>/).
# The text seeds go to parse, compile and eval; eval_structured reads bytes as
# choices of its generator, so it gets only its own regressions plus a few byte
# patterns.
set -euo pipefail
cd "$(dirname "$0")"
root=..
lang=${NIXLET_LANG_TESTS:-$root/../shared/conformance/nix-lang}

rm -rf corpus
for t in parse compile eval eval_structured; do mkdir -p "corpus/$t"; done

add() { # add FILE TARGET...: copy under a content-derived name (deduplicates)
  local f=$1; shift
  local h
  h=$(sha1sum "$f" | cut -c1-16)
  for t in "$@"; do cp "$f" "corpus/$t/$h"; done
}

n=0
while IFS= read -r -d '' f; do
  add "$f" parse compile eval; n=$((n + 1))
done < <(find "$root/tests/golden" -name '*.nix' -print0)
echo "seed: $n golden files"

if [ -d "$lang" ]; then
  n=0
  while IFS= read -r -d '' f; do
    add "$f" parse compile eval; n=$((n + 1))
  done < <(find "$lang" -maxdepth 1 -name '*.nix' -print0)
  echo "seed: $n files from $lang"
else
  echo "seed: $lang not found, golden files only"
fi

for t in parse compile eval eval_structured; do
  if [ -d "regressions/$t" ]; then
    while IFS= read -r -d '' f; do add "$f" "$t"; done < <(find "regressions/$t" -type f -print0)
  fi
done

# eval_structured: a few byte patterns (all-zero closes everything at once; the
# others walk different branches of the generator)
for i in 0 1 2 3 4 5 6 7; do
  head -c $((64 * (i + 1))) /dev/zero | tr '\0' "\\$(printf '%03o' $((i * 31 % 256)))" > "corpus/eval_structured/pattern$i"
done
printf '\x11\x07\x1e\x0d\x05\x03\x1a\x09\x02\x16\x0c\x04\x01\x10\x08\x1d' > corpus/eval_structured/mixed

for t in parse compile eval eval_structured; do
  echo "seed: corpus/$t has $(find "corpus/$t" -type f | wc -l) files"
done
