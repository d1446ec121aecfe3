# toJSON of a large structure: a package database as nixpkgs' `packages.json`
# generator would emit it (nested meta attributes, lists, booleans, null, strings
# that need escaping), then checked by length and hash rather than printed.
let
  inherit (builtins) toJSON genList stringLength hashString elemAt length listToAttrs
    substring toString fromJSON attrNames;

  mod = a: b: a - b * (a / b);
  licenses = [
    { spdxId = "MIT"; fullName = "MIT License"; free = true; redistributable = true; }
    { spdxId = "GPL-3.0-or-later"; fullName = "GNU General Public License v3.0 or later"; free = true; redistributable = true; }
    { spdxId = null; fullName = "Unfree \"proprietary\" license"; free = false; redistributable = false; }
  ];
  maintainers = genList (i: { name = "Maintainer ${toString i}"; email = "m${toString i}@example.org"; github = "m${toString i}"; githubId = 1000 + i; }) 50;

  mkPackage = i: {
    name = "pkg${toString i}";
    value = {
      pname = "pkg${toString i}";
      version = "${toString (mod i 7)}.${toString (mod i 31)}.${toString (mod i 3)}";
      system = "x86_64-linux";
      outputs = if mod i 4 == 0 then [ "out" "dev" "man" ] else [ "out" ];
      meta = {
        description = "Package number ${toString i}: a \"tool\" for\ttabs, back\\slashes and\nnewlines";
        longDescription = if mod i 10 == 0 then null else "Long text ü ${toString i}";
        homepage = "https://example.org/pkg${toString i}";
        license = elemAt licenses (mod i 3);
        maintainers = genList (j: elemAt maintainers (mod (i + j * 7) 50)) (1 + mod i 3);
        platforms = [ "x86_64-linux" "aarch64-linux" ];
        broken = mod i 97 == 0;
        priority = mod i 10;
        position = "pkgs/by-name/pk/pkg${toString i}/package.nix:${toString (mod i 300)}";
      };
    };
  };

  db = { version = 2; packages = listToAttrs (genList mkPackage 12000); };
  json = toJSON db;
  # Round trip: what toJSON writes, fromJSON reads back.
  back = fromJSON json;
in
{
  length = stringLength json;
  sha256 = hashString "sha256" json;
  prefix = substring 0 40 json;
  roundTrip = length (attrNames back.packages);
  description = back.packages.pkg7.meta.description;
}
