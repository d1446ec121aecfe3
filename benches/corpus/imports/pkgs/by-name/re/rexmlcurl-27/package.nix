{ lib, mkPackage, fetchurl, exxmlnet-70, munetka-12, zzgo-98 }:
mkPackage rec {
  pname = "rexmlcurl-27";
  version = "4.4.6";
  src = fetchurl {
    url = "https://example.org/rexmlcurl-27/${pname}-${version}.tar.gz";
    sha256 = "aa7ceca8fa7b5a331306b01b3072be563466efe2d7993ceeead1f6b2bd7a6f70";
  };
  buildInputs = [ exxmlnet-70 munetka-12 zzgo-98 ];
  meta = with lib; {
    description = "The rexmlcurl-27 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
