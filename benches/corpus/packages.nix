# A package set producing thousands of derivations: a stdenv-like mkDerivation
# wrapper over `derivation`, a fixpoint package set built with callPackage, run-time
# dependencies between packages, multiple outputs, and store paths interpolated into
# build scripts and environment variables. Every drvPath is computed (read-only).
let
  inherit (builtins) attrNames attrValues concatStringsSep derivation elemAt filter
    foldl' functionArgs genList hashString intersectAttrs length listToAttrs map
    stringLength substring toString unsafeDiscardStringContext;

  mod = a: b: a - b * (a / b);
  fix = f: let x = f x; in x;
  system = "x86_64-linux";

  bootstrap = derivation {
    name = "bootstrap-tools";
    inherit system;
    builder = "/bin/sh";
    args = [ "-c" "mkdir -p $out/bin && echo bootstrap > $out/bin/sh" ];
  };

  mkDerivation =
    { pname, version, buildInputs ? [ ], nativeBuildInputs ? [ ], outputs ? [ "out" ],
      configureFlags ? [ ], buildPhase ? "make -j$NIX_BUILD_CORES", meta ? { }, ... }@args:
    let
      drv = derivation ((removeAttrs args [ "meta" "passthru" ]) // {
        name = "${pname}-${version}";
        inherit system outputs;
        builder = "${bootstrap}/bin/sh";
        args = [ "-e" ./packages/builder.sh ];
        buildInputs = map (p: p.dev or p) buildInputs;
        nativeBuildInputs = nativeBuildInputs;
        configureFlags = concatStringsSep " " configureFlags;
        PATH = concatStringsSep ":" (map (p: "${p}/bin") (nativeBuildInputs ++ [ bootstrap ]));
        inherit buildPhase;
      });
    in
    drv // { inherit meta pname version; passthru = args.passthru or { }; };

  callPackageWith = autoArgs: fn: args: fn (intersectAttrs (functionArgs fn) autoArgs // args);

  nLibs = 1500;
  libName = i: "lib${toString i}";

  pkgs = fix (self:
    let callPackage = callPackageWith self; in
    {
      inherit mkDerivation;
      cc = mkDerivation { pname = "cc"; version = "13.2"; outputs = [ "out" "lib" ]; };
      make = mkDerivation { pname = "make"; version = "4.4"; nativeBuildInputs = [ self.cc ]; };
    }
    // listToAttrs (genList (i: {
      name = libName i;
      value = callPackage
        ({ mkDerivation, cc, make }: mkDerivation {
          pname = libName i;
          version = "${toString (mod i 9)}.${toString (mod i 17)}";
          outputs = if mod i 3 == 0 then [ "out" "dev" ] else [ "out" ];
          nativeBuildInputs = [ cc make ];
          buildInputs = filter (d: d != null) [
            (if i > 0 then self.${libName (i / 2)} else null)
            (if i > 2 then self.${libName (i / 3)} else null)
            (if mod i 7 == 0 && i > 0 then self.${libName (i - 1)} else null)
          ];
          configureFlags = [ "--enable-shared" "--with-cc=${cc}/bin/cc" ];
          meta.description = "Library number ${toString i}";
        })
        { };
    }) nLibs)
    // {
      app = mkDerivation {
        pname = "app";
        version = "1.0";
        nativeBuildInputs = [ self.cc self.make ];
        buildInputs = genList (i: self.${libName (i * 50)}) (nLibs / 50);
        passthru.tests = "none";
      };
    });

  drvs = filter (v: v ? drvPath) (attrValues pkgs);
  allPaths = concatStringsSep "\n" (map (d: d.drvPath) drvs);
in
{
  count = length drvs;
  app = pkgs.app.drvPath;
  appOut = pkgs.app.outPath;
  lib0dev = pkgs.lib0.dev.outPath;
  hash = hashString "sha256" (unsafeDiscardStringContext allPaths);
}
