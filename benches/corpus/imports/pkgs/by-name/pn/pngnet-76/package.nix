{ lib, mkPackage, fetchurl, tozzgo-74 }:
mkPackage rec {
  pname = "pngnet-76";
  version = "2.18.6";
  src = fetchurl {
    url = "https://example.org/pngnet-76/${pname}-${version}.tar.gz";
    sha256 = "e48c2e1c9af2d44d5d3ea7e3c181660b3703ffb398ecc1649096424a32388620";
  };
  buildInputs = [ tozzgo-74 ];
  meta = with lib; {
    description = "The pngnet-76 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
