{ lib, mkPackage, fetchurl, cryptcrypt-46, gitdi-76, libpaex-19, netexgit-81 }:
mkPackage rec {
  pname = "pyparu-33";
  version = "9.1.0";
  src = fetchurl {
    url = "https://example.org/pyparu-33/${pname}-${version}.tar.gz";
    sha256 = "3d854f7bf820d15a01475ea2cd56a3b6b15e243725d36fcfe09090a145b758ac";
  };
  buildInputs = [ cryptcrypt-46 gitdi-76 libpaex-19 netexgit-81 ];
  meta = with lib; {
    description = "The pyparu-33 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
