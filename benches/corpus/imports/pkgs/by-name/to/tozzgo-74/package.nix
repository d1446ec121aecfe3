{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "tozzgo-74";
  version = "6.23.4";
  src = fetchurl {
    url = "https://example.org/tozzgo-74/${pname}-${version}.tar.gz";
    sha256 = "cf71dab20727bfa24bc282656058e072e730f3659c81cfd4f705a819fa70b3d1";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The tozzgo-74 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
