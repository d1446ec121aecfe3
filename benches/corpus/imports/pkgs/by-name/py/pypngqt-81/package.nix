{ lib, mkPackage, fetchurl, libto-96, mussl-42, rexmlcurl-27 }:
mkPackage rec {
  pname = "pypngqt-81";
  version = "2.18.2";
  src = fetchurl {
    url = "https://example.org/pypngqt-81/${pname}-${version}.tar.gz";
    sha256 = "3a136820a9cc17fd58972ad67bcf00b60f6f7bc3df15ab1326380c128f61c6a1";
  };
  buildInputs = [ libto-96 mussl-42 rexmlcurl-27 ];
  meta = with lib; {
    description = "The pypngqt-81 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
