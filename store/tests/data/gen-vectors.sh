#!/usr/bin/env bash
# Regenerates the Nix-computed test vectors recorded in store/tests/vectors.rs.
# Needs a Nix installation (recorded with Nix 2.8.0) with a writable store:
# the derivations are instantiated so that their .drv files can be read back.
# Output: a JSON document on stdout (the test constants were copied from it).
set -euo pipefail

fixture=${FIXTURE:-/tmp/nixlet-fixture}
rm -rf "$fixture"
mkdir -p "$fixture/src/sub/empty"
printf 'hello\n' > "$fixture/src/hello.txt"
printf '#!/bin/sh\necho run\n' > "$fixture/src/run.sh"
printf 'abcdefghij' > "$fixture/src/sub/data.bin"
ln -s hello.txt "$fixture/src/link"
chmod 644 "$fixture/src/hello.txt" "$fixture/src/sub/data.bin"
chmod 755 "$fixture/src/run.sh"

# Hash of a string in every encoding: base16 nix32 base64.
enc() { # algo text
    local hex; hex=$(printf '%s' "$2" | "${1}sum" | cut -d' ' -f1)
    local n32; n32=$(nix-hash --type "$1" --to-base32 "$hex")
    local b64; b64=$(python3 -c "import base64,sys; print(base64.b64encode(bytes.fromhex(sys.argv[1])).decode())" "$hex")
    echo "$hex $n32 $b64"
}
read -r md5_16 md5_32 md5_64 <<<"$(enc md5 fod-md5)"
read -r sha1_16 sha1_32 sha1_64 <<<"$(enc sha1 fod-sha1)"
read -r sha256_16 sha256_32 sha256_64 <<<"$(enc sha256 fod-sha256)"
read -r sha512_16 sha512_32 sha512_64 <<<"$(enc sha512 fod-sha512)"
hello_sha256=$(printf 'hello' | sha256sum | cut -d' ' -f1)

cat > "$fixture/vectors.nix" <<NIX
let
  src = $fixture/src;
  mk = attrs: derivation ({ system = "x86_64-linux"; builder = "/bin/sh"; } // attrs);
  fod = name: mode: algo: hash: mk ({ inherit name; outputHashMode = mode; outputHash = hash; }
    // (if algo == null then {} else { outputHashAlgo = algo; }));
  eco = mk { name = "eco-test"; args = ["-c" "echo hi > \$out"]; };
  multi = mk { name = "multi"; outputs = ["out" "dev" "lib"]; args = ["-c" "mkdir \$out \$dev \$lib"]; };
  hello = builtins.toFile "hello.txt" "hello";
  srcPath = builtins.path { path = src; name = "src"; };
in rec {
  drvs = {
    inherit eco multi;
    escapes = mk { name = "escapes"; args = ["-c" "printf '%s\\\\n' \"\$x\"" "tab\there" "cr\rlf\n"]; x = "quote\" back\\\\slash"; };
    fod-flat-md5-base16 = fod "fod-flat-md5" "flat" "md5" "$md5_16";
    fod-flat-sha1-nix32 = fod "fod-flat-sha1" "flat" "sha1" "$sha1_32";
    fod-flat-sha256-base64 = fod "fod-flat-sha256" "flat" "sha256" "$sha256_64";
    fod-flat-sha256-prefixed = fod "fod-flat-sha256" "flat" null "sha256:$sha256_32";
    fod-flat-sha512-sri = fod "fod-flat-sha512" "flat" null "sha512-$sha512_64";
    fod-rec-md5-sri = fod "fod-rec-md5" "recursive" "md5" "md5-$md5_64";
    fod-rec-sha1-base64 = fod "fod-rec-sha1" "recursive" "sha1" "$sha1_64";
    fod-rec-sha256-base16 = fod "fod-rec-sha256" "recursive" "sha256" "$sha256_16";
    fod-rec-sha256-nix32 = fod "fod-rec-sha256" "recursive" "sha256" "$sha256_32";
    fod-rec-sha512-nix32 = fod "fod-rec-sha512" "recursive" "sha512" "$sha512_32";
    fod-rec-sha512-base16 = fod "fod-rec-sha512" "recursive" "sha512" "$sha512_16";
    # Same name and hash, different recipe: identical output paths, so a
    # dependent derivation's hash modulo merges them into one input.
    fod-same-a = fod "fetch" "flat" "sha256" "$sha256_16";
    fod-same-b = mk { name = "fetch"; outputHashMode = "flat"; outputHashAlgo = "sha256"; outputHash = "$sha256_32"; args = ["-c" "other recipe"]; };
    uses-eco = mk { name = "uses-eco"; args = ["-c" "cat \${eco} > \$out"]; };
    uses-multi = mk { name = "uses-multi"; args = ["-c" "ls \${multi.dev} \${multi.lib}"]; };
    uses-fods = mk { name = "uses-fods"; args = ["-c" "cat \${drvs.fod-same-a} \${drvs.fod-same-b} \${drvs.fod-rec-sha1-base64}"]; };
    uses-srcs = mk { name = "uses-srcs"; args = ["-c" "cat \${hello} \${srcPath}/hello.txt"]; };
    structured = mk { name = "structured"; __structuredAttrs = true; list = [1 "two" { three = 3; }]; outputs = ["out" "doc"]; };
    fod-flat-sha256-hello = fod "hello-out" "flat" "sha256" "$hello_sha256";
  };
  texts = {
    hello = hello;
    refs = builtins.toFile "refs" "see \${hello} and \${srcPath}";
  };
  paths = {
    src = srcPath;
    interpolated = "\${src}";
    flat = builtins.path { path = src + "/hello.txt"; recursive = false; name = "hello-flat"; };
    recursive-file = builtins.path { path = src + "/run.sh"; name = "run.sh"; };
    filtered = builtins.filterSource (p: t: baseNameOf p != "run.sh" && t != "symlink") src;
    filtered-dir = builtins.path { path = src; name = "no-sub"; filter = p: t: !(t == "directory" && baseNameOf p == "sub"); };
  };
}
NIX

nix-instantiate "$fixture/vectors.nix" -A drvs >/dev/null
json=$(nix-instantiate --eval --strict --json -E "
  let v = import $fixture/vectors.nix; in {
    drvs = builtins.mapAttrs (n: d: {
      drvPath = d.drvPath;
      outputs = builtins.listToAttrs (map (o: { name = o; value = d.\${o}.outPath; }) (d.outputs or [\"out\"]));
      attrs = builtins.removeAttrs d.drvAttrs [\"args\"];
    }) v.drvs;
    inherit (v) texts paths;
  }")
python3 - "$json" <<'PY'
import json, sys, subprocess
v = json.loads(sys.argv[1])
for name, d in v["drvs"].items():
    d["aterm"] = open(d["drvPath"]).read()
nar = subprocess.run(["nix-store", "--dump", "/tmp/nixlet-fixture/src"], capture_output=True, check=True).stdout
v["nar"] = {
    "src_sha256_nix32": subprocess.run(["nix-hash", "--type", "sha256", "--base32", "/tmp/nixlet-fixture/src"], capture_output=True, text=True, check=True).stdout.strip(),
    "src_len": len(nar),
    "hello_hex": subprocess.run(["nix-store", "--dump", "/tmp/nixlet-fixture/src/hello.txt"], capture_output=True, check=True).stdout.hex(),
    "link_hex": subprocess.run(["nix-store", "--dump", "/tmp/nixlet-fixture/src/link"], capture_output=True, check=True).stdout.hex(),
}
json.dump(v, sys.stdout, indent=1, sort_keys=True)
PY
