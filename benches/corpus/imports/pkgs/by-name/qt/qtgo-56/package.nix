{ lib, mkPackage, fetchurl, musslnet-50, paxmlcrypt-9 }:
mkPackage rec {
  pname = "qtgo-56";
  version = "9.7.4";
  src = fetchurl {
    url = "https://example.org/qtgo-56/${pname}-${version}.tar.gz";
    sha256 = "37caa0ddc69f2ae72b1db7a116d5fcd16974de8dea7401008d7e5f30a55d9680";
  };
  buildInputs = [ musslnet-50 paxmlcrypt-9 ];
  meta = with lib; {
    description = "The qtgo-56 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
