{ lib, mkPackage, fetchurl, gotolib-3 }:
mkPackage rec {
  pname = "pnggogo-80";
  version = "8.29.6";
  src = fetchurl {
    url = "https://example.org/pnggogo-80/${pname}-${version}.tar.gz";
    sha256 = "d595d9cad61964e9b211fde0dbfe6fb837a4da40e89f8a4a1a12a94d3753bdd1";
  };
  buildInputs = [ gotolib-3 ];
  meta = with lib; {
    description = "The pnggogo-80 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
