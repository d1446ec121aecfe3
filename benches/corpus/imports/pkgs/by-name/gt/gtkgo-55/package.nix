{ lib, mkPackage, fetchurl, kanet-6, xmlgtk-86 }:
mkPackage rec {
  pname = "gtkgo-55";
  version = "6.15.8";
  src = fetchurl {
    url = "https://example.org/gtkgo-55/${pname}-${version}.tar.gz";
    sha256 = "947002a921098ecc607b637e9fd184e019591975545ecef05f5922bce7b8db42";
  };
  buildInputs = [ kanet-6 xmlgtk-86 ];
  meta = with lib; {
    description = "The gtkgo-55 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
