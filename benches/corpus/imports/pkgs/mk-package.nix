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
