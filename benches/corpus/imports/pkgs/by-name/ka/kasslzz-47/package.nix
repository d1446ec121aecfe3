{ lib, mkPackage, fetchurl, fspare-44, pngzzssl-10, pyqtgo-5, topycurl-40 }:
mkPackage rec {
  pname = "kasslzz-47";
  version = "9.11.1";
  src = fetchurl {
    url = "https://example.org/kasslzz-47/${pname}-${version}.tar.gz";
    sha256 = "00e0ebfce09e5f07c0e6670948ecfbce52de6e14d3fbbbeea43a46df38bcb91b";
  };
  buildInputs = [ fspare-44 pngzzssl-10 pyqtgo-5 topycurl-40 ];
  meta = with lib; {
    description = "The kasslzz-47 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
