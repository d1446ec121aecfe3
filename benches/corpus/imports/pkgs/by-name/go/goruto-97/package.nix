{ lib, mkPackage, fetchurl, gomuxml-43, gtkgo-14, netpare-75 }:
mkPackage rec {
  pname = "goruto-97";
  version = "6.16.7";
  src = fetchurl {
    url = "https://example.org/goruto-97/${pname}-${version}.tar.gz";
    sha256 = "e9a9a163aafef7bc7e1e7c37e07f0efb3b0b4f23b3b89f9526c2eccd26ddd4ed";
  };
  buildInputs = [ gomuxml-43 gtkgo-14 netpare-75 ];
  meta = with lib; {
    description = "The goruto-97 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
