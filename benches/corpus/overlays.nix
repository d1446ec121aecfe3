# A 1000-layer overlay fixpoint, nixpkgs-style: `fix`, `extends`,
# `composeManyExtensions`, `//` on every layer, `callPackage` (functionArgs +
# intersectAttrs on the final set) and `makeOverridable`/`.override`, packages
# overriding earlier definitions through `prev` and depending on `final`.
let
  inherit (builtins) foldl' genList attrNames attrValues length listToAttrs toString
    elemAt functionArgs intersectAttrs isFunction concatMap;

  mod = a: b: a - b * (a / b);
  fix = f: let x = f x; in x;
  extends = f: rattrs: self: let super = rattrs self; in super // f self super;
  composeExtensions = f: g: final: prev:
    let fApplied = f final prev; prev' = prev // fApplied; in fApplied // g final prev';
  composeManyExtensions = foldl' composeExtensions (final: prev: { });

  makeOverridable = f: origArgs:
    let result = f origArgs; in
    result // {
      override = newArgs:
        makeOverridable f (origArgs // (if isFunction newArgs then newArgs origArgs else newArgs));
    };
  callPackageWith = autoArgs: fn: args:
    makeOverridable fn (intersectAttrs (functionArgs fn) autoArgs // args);

  width = 6000;
  pkgName = i: "pkg${toString i}";

  mkPkg = { stdenv, lib, dep ? null, version ? 0, patches ? [ ] }: {
    inherit version patches;
    cc = stdenv.cc;
    deps = if dep == null then [ ] else [ dep ];
  };

  base = self:
    let callPackage = callPackageWith self; in
    listToAttrs (genList (i: {
      name = pkgName i;
      value = callPackage mkPkg { dep = if i == 0 then null else self.${pkgName (i / 2)}; };
    }) width) // {
      layers = 0;
      lib = { inherit mod; };
      stdenv = { cc = "gcc"; };
    };

  # Each overlay bumps one package's version (through `prev` and `.override`),
  # repoints another's dependency at the final set, adds a package with
  # callPackage, and updates shared attributes.
  overlay = n: final: prev:
    let
      callPackage = callPackageWith final;
      a = pkgName (mod n width);
      b = pkgName (mod (n * 7 + 1) width);
    in
    {
      ${a} = prev.${a}.override (old: { version = old.version or 0 + 1; patches = old.patches or [ ] ++ [ "fix-${toString n}.patch" ]; });
      ${b} = prev.${b}.override { dep = final.${pkgName (mod (n * 13) width)}; };
      "extra${toString n}" = callPackage mkPkg { version = n; dep = final.stdenv; };
      layers = prev.layers + 1;
      stdenv = prev.stdenv // { cc = if mod n 100 == 0 then "clang-${toString n}" else prev.stdenv.cc; };
    };

  overlays = genList overlay 1000;
  # The first half applied one by one, the second half composed first: both shapes
  # occur in nixpkgs.
  firstHalf = foldl' (acc: o: extends o acc) base (genList (i: elemAt overlays i) 500);
  pkgs = fix (extends (composeManyExtensions (genList (i: elemAt overlays (500 + i)) 500)) firstHalf);

  versions = foldl' (acc: p: acc + (p.version or 0)) 0 (attrValues pkgs);
  # Dependencies may form cycles through `final`: follow them a bounded number of steps.
  walk = steps: p: if steps == 0 || p.deps == [ ] then 0 else (p.version or 0) + walk (steps - 1) (elemAt p.deps 0);
in
{
  layers = pkgs.layers;
  attrs = length (attrNames pkgs);
  inherit versions;
  cc = pkgs.stdenv.cc;
  version42 = pkgs.pkg42.version;
  patches = length (concatMap (p: p.patches or [ ]) (attrValues pkgs));
  compilers = length (builtins.filter (p: p.cc or "" == "clang-900") (attrValues pkgs));
  extra = (elemAt pkgs.extra999.deps 0).cc;
  walk = walk 200 pkgs.pkg5999;
  deps = length (concatMap (p: p.deps or [ ]) (attrValues pkgs));
}
