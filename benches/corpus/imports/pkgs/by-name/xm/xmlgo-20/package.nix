{ lib, mkPackage, fetchurl, exmu-29, exrepng-45, pypngqt-81, rexmlcurl-27 }:
mkPackage rec {
  pname = "xmlgo-20";
  version = "6.12.0";
  src = fetchurl {
    url = "https://example.org/xmlgo-20/${pname}-${version}.tar.gz";
    sha256 = "ea29cb3c5293e3ebacfb94ee50b2318726f97e502a840fb2d9a0846c43524227";
  };
  buildInputs = [ exmu-29 exrepng-45 pypngqt-81 rexmlcurl-27 ];
  meta = with lib; {
    description = "The xmlgo-20 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
