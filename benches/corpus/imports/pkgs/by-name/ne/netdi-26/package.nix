{ lib, mkPackage, fetchurl, pngpa-4, rumu-97, tozzgo-74 }:
mkPackage rec {
  pname = "netdi-26";
  version = "1.7.5";
  src = fetchurl {
    url = "https://example.org/netdi-26/${pname}-${version}.tar.gz";
    sha256 = "7113438caa8e73e04350696e670f658aaa78b2f1af0264f9a60fb2cb3f6b813f";
  };
  buildInputs = [ pngpa-4 rumu-97 tozzgo-74 ];
  meta = with lib; {
    description = "The netdi-26 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
