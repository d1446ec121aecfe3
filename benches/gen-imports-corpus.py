#!/usr/bin/env python3
"""Generates benches/corpus/imports/: the helper files of benches/corpus/imports.nix.

A small nixpkgs look-alike: a `lib/` split into files that import each other, a
`pkgs/by-name/<shard>/<name>/package.nix` tree of callPackage-style files found with
builtins.readDir, and a NixOS-like `modules/` tree where every node imports its two
children. The output is committed; rerun this only to change the shape (it is
deterministic).
"""
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "imports")
N_PACKAGES = 600
N_MODULES = 255  # a complete binary tree of depth 8

rng = random.Random(20240601)
SYLLABLES = ["lib", "zz", "ssl", "xml", "png", "gtk", "qt", "py", "ru", "go", "net",
             "fs", "crypt", "curl", "git", "ex", "pa", "mu", "to", "ka", "re", "di"]


def write(rel, text):
    path = os.path.join(OUT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def names():
    seen = set()
    out = []
    while len(out) < N_PACKAGES:
        n = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3)))
        n += "-" + str(rng.randint(0, 99))
        if n not in seen:
            seen.add(n)
            out.append(n)
    return out


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)

    write("lib/default.nix", """\
# The library: every part imported here, the parts import each other.
let
  trivial = import ./trivial.nix;
  lists = import ./lists.nix { inherit trivial; };
  strings = import ./strings.nix { inherit lists trivial; };
  attrsets = import ./attrsets.nix { inherit lists strings; };
in
trivial // lists // strings // attrsets // {
  inherit trivial lists strings attrsets;
  licenses = import ./licenses.nix;
  platforms = import ./platforms.nix { inherit lists; };
}
""")
    write("lib/trivial.nix", """\
{
  id = x: x;
  const = x: _: x;
  flip = f: a: b: f b a;
  mod = a: b: a - b * (a / b);
  max = a: b: if a > b then a else b;
  fix = f: let x = f x; in x;
}
""")
    write("lib/lists.nix", """\
{ trivial }:
rec {
  foldr = op: nul: list:
    let len = builtins.length list;
        fold' = n: if n == len then nul else op (builtins.elemAt list n) (fold' (n + 1));
    in fold' 0;
  concatMap = builtins.concatMap;
  unique = list: builtins.attrNames (builtins.listToAttrs (map (name: { inherit name; value = null; }) list));
  sum = builtins.foldl' (a: b: a + b) 0;
  maxList = builtins.foldl' trivial.max 0;
  range = first: last: if first > last then [ ] else builtins.genList (n: first + n) (last - first + 1);
}
""")
    write("lib/strings.nix", """\
{ lists, trivial }:
rec {
  concatStringsSep = builtins.concatStringsSep;
  concatMapStringsSep = sep: f: list: concatStringsSep sep (map f list);
  optionalString = cond: s: if cond then s else "";
  versionAtLeast = v1: v2: builtins.compareVersions v1 v2 >= 0;
  getName = drv: (builtins.parseDrvName drv.name).name;
}
""")
    write("lib/attrsets.nix", """\
{ lists, strings }:
{
  mapAttrsToList = f: attrs: map (name: f name attrs.${name}) (builtins.attrNames attrs);
  filterAttrs = pred: set:
    builtins.listToAttrs (builtins.concatMap
      (name: let v = set.${name}; in if pred name v then [ { inherit name; value = v; } ] else [ ])
      (builtins.attrNames set));
  genAttrs = names: f: builtins.listToAttrs (map (name: { inherit name; value = f name; }) names);
}
""")
    write("lib/licenses.nix", """\
{
  mit = { spdxId = "MIT"; free = true; };
  gpl3Plus = { spdxId = "GPL-3.0-or-later"; free = true; };
  asl20 = { spdxId = "Apache-2.0"; free = true; };
  unfree = { spdxId = null; free = false; };
}
""")
    write("lib/platforms.nix", """\
{ lists }:
rec {
  linux = [ "x86_64-linux" "aarch64-linux" ];
  darwin = [ "x86_64-darwin" "aarch64-darwin" ];
  unix = linux ++ darwin;
  all = unix ++ [ "x86_64-windows" ];
}
""")

    write("default.nix", """\
# The package set: every directory under pkgs/by-name is a package, called with its
# arguments taken from the final set (callPackage), as nixpkgs does.
{ overlays ? [ ] }:
let
  lib = import ./lib;
  byName = import ./pkgs/by-name.nix { inherit lib; };
  callPackageWith = autoArgs: fn: args:
    let f = if builtins.isFunction fn then fn else import fn; in
    f (builtins.intersectAttrs (builtins.functionArgs f) autoArgs // args);
  base = self: {
    inherit lib;
    callPackage = callPackageWith self;
    mkPackage = import ./pkgs/mk-package.nix { inherit lib; };
    fetchurl = import ./pkgs/fetchurl.nix;
  } // lib.trivial.flip builtins.mapAttrs byName (name: file: self.callPackage file { });
  extends = f: rattrs: self: let super = rattrs self; in super // f self super;
in
lib.fix (builtins.foldl' (acc: o: extends o acc) base overlays)
""")
    write("pkgs/by-name.nix", """\
# pkgs/by-name/<shard>/<name>/package.nix, found with readDir.
{ lib }:
let
  shards = builtins.readDir ./by-name;
  inShard = shard:
    lib.mapAttrsToList (name: _: { inherit name; value = ./by-name + "/${shard}/${name}/package.nix"; })
      (builtins.readDir (./by-name + "/${shard}"));
in
builtins.listToAttrs (builtins.concatMap inShard (builtins.attrNames shards))
""")
    write("pkgs/mk-package.nix", """\
{ lib }:
{ pname, version, src ? null, buildInputs ? [ ], meta ? { }, ... }@args:
let
  closure = builtins.genericClosure {
    startSet = map (p: { key = p.name; inherit p; }) buildInputs;
    operator = item: map (p: { key = p.name; inherit p; }) item.p.buildInputs;
  };
in
args // {
  name = "${pname}-${version}";
  inherit buildInputs;
  closureSize = builtins.length closure;
  meta = { platforms = lib.platforms.linux; license = lib.licenses.mit; } // meta;
  outPath = "/nix/store/${builtins.substring 0 32 (builtins.hashString "sha256" "${pname}-${version}")}-${pname}-${version}";
}
""")
    write("pkgs/fetchurl.nix", """\
{ url, sha256 }:
{ inherit url sha256; name = baseNameOf url; outPath = "/nix/store/${builtins.substring 0 32 sha256}-${baseNameOf url}"; }
""")

    pkg_names = names()
    licenses = ["mit", "gpl3Plus", "asl20", "unfree"]
    platforms = ["linux", "unix", "all", "darwin"]
    for i, name in enumerate(pkg_names):
        # Dependencies only on earlier packages: a DAG, like a real package set.
        deps = sorted(set(rng.sample(pkg_names[:i], min(i, rng.randint(0, 4)))))
        shard = name[:2]
        # Package names are valid identifiers (`-` is allowed in Nix identifiers),
        # so dependencies are plain callPackage arguments.
        formals = ", ".join(["lib", "mkPackage", "fetchurl"] + deps)
        version = f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}"
        sha = "".join(rng.choice("0123456789abcdef") for _ in range(64))
        write(f"pkgs/by-name/{shard}/{name}/package.nix", f"""\
{{ {formals} }}:
mkPackage rec {{
  pname = "{name}";
  version = "{version}";
  src = fetchurl {{
    url = "https://example.org/{name}/${{pname}}-${{version}}.tar.gz";
    sha256 = "{sha}";
  }};
  buildInputs = [ {" ".join(deps)} ];
  meta = with lib; {{
    description = "The {name} package";
    license = licenses.{rng.choice(licenses)};
    platforms = platforms.{rng.choice(platforms)};
  }};
}}
""")

    for i in range(N_MODULES):
        kids = [c for c in (2 * i + 1, 2 * i + 2) if c < N_MODULES]
        imports = " ".join(f"./m{c}.nix" for c in kids)
        write(f"modules/m{i}.nix", f"""\
# A NixOS-like module list node: its own options plus everything its imports bring.
let
  self = {{ name = "m{i}"; options = [ "option{i}a" "option{i}b" ]; }};
  children = map import [ {imports} ];
in
[ self ] ++ builtins.concatLists children
""")


if __name__ == "__main__":
    main()
