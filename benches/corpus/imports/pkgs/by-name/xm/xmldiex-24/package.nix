{ lib, mkPackage, fetchurl, munetka-12, pycurlnet-9 }:
mkPackage rec {
  pname = "xmldiex-24";
  version = "1.7.3";
  src = fetchurl {
    url = "https://example.org/xmldiex-24/${pname}-${version}.tar.gz";
    sha256 = "d7fd30da4830030a53f142392daf0c811f0622b12e67ac57c6bf67283606201b";
  };
  buildInputs = [ munetka-12 pycurlnet-9 ];
  meta = with lib; {
    description = "The xmldiex-24 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
