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
