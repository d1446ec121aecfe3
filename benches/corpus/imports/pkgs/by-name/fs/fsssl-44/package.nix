{ lib, mkPackage, fetchurl, exzzgo-32 }:
mkPackage rec {
  pname = "fsssl-44";
  version = "7.29.6";
  src = fetchurl {
    url = "https://example.org/fsssl-44/${pname}-${version}.tar.gz";
    sha256 = "d5887f147299751c6e17e4062b9816c819adcd470a586b79967e22c97655f337";
  };
  buildInputs = [ exzzgo-32 ];
  meta = with lib; {
    description = "The fsssl-44 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
