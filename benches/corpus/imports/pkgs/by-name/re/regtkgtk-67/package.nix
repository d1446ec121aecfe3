{ lib, mkPackage, fetchurl, netressl-15, rudi-96, xmlgtk-86 }:
mkPackage rec {
  pname = "regtkgtk-67";
  version = "5.27.8";
  src = fetchurl {
    url = "https://example.org/regtkgtk-67/${pname}-${version}.tar.gz";
    sha256 = "ac4ae28e86524dad45dd04055f78823ff4b8bcfc3ff5ea223db64ac579e8374e";
  };
  buildInputs = [ netressl-15 rudi-96 xmlgtk-86 ];
  meta = with lib; {
    description = "The regtkgtk-67 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
