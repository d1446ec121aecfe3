# Many imports: a nixpkgs look-alike under imports/ (a lib split into files that
# import each other, 600 callPackage-style package files found with readDir under
# pkgs/by-name, a 255-file module tree where each node imports its children), then
# queried the way tools query nixpkgs (closures, licenses, platforms, names).
let
  pkgs = import ./imports { };
  inherit (pkgs) lib;

  # An overlay on top, re-importing a few package files directly (the import cache
  # makes those cheap) and overriding them.
  pkgs' = import ./imports {
    overlays = [
      (self: super: {
        extra = self.callPackage ./imports/pkgs/mk-package.nix { } { pname = "extra"; version = "1.0"; buildInputs = builtins.attrValues (lib.filterAttrs (n: v: builtins.isAttrs v && v ? pname) super); };
      })
    ];
  };

  packages = lib.filterAttrs (name: v: builtins.isAttrs v && v ? pname) pkgs;
  values = builtins.attrValues packages;
  modules = import ./imports/modules/m0.nix;
in
{
  packages = builtins.length values;
  free = builtins.length (builtins.filter (p: p.meta.license.free) values);
  linux = builtins.length (builtins.filter (p: builtins.elem "x86_64-linux" p.meta.platforms) values);
  maxClosure = lib.maxList (map (p: p.closureSize) values);
  totalClosure = lib.sum (map (p: p.closureSize) values);
  newest = lib.foldr (p: acc: if lib.versionAtLeast p.version acc then p.version else acc) "0" values;
  modules = builtins.length modules;
  options = builtins.length (builtins.concatMap (m: m.options) modules);
  extraClosure = pkgs'.extra.closureSize;
  src = (builtins.head values).src.name;
}
