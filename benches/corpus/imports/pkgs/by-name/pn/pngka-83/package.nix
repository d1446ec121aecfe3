{ lib, mkPackage, fetchurl, libtoex-14, netmuxml-20, netpare-75, xmldiex-24 }:
mkPackage rec {
  pname = "pngka-83";
  version = "6.6.8";
  src = fetchurl {
    url = "https://example.org/pngka-83/${pname}-${version}.tar.gz";
    sha256 = "ebd8ac8c6baeff8fe93f875f47c96537a38d6ddba68f8c358cd30ed59a41e1f0";
  };
  buildInputs = [ libtoex-14 netmuxml-20 netpare-75 xmldiex-24 ];
  meta = with lib; {
    description = "The pngka-83 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
