{ lib, mkPackage, fetchurl, mulibdi-43 }:
mkPackage rec {
  pname = "gtkgo-71";
  version = "5.13.5";
  src = fetchurl {
    url = "https://example.org/gtkgo-71/${pname}-${version}.tar.gz";
    sha256 = "6854ef3193635f7206f2f8e02f453b37ff136a1722b176f5a96d93ded8b1eb9e";
  };
  buildInputs = [ mulibdi-43 ];
  meta = with lib; {
    description = "The gtkgo-71 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
