#!/usr/bin/env bash
# Records the expected output of every eval-okay-*.nix here from C++ Nix
# (nix-instantiate --eval --strict), with this directory shown as /pwd.
# The .exp files are Nix's output (data); re-run after adding a case.
set -euo pipefail
cd "$(dirname "$0")"
for f in eval-okay-*.nix; do
  nix-instantiate --eval --strict --read-write-mode "./$f" 2>/dev/null | sed "s|$PWD|/pwd|g" > "${f%.nix}.exp"
done
