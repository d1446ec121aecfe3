{ lib, mkPackage, fetchurl, gtknet-19, pngpng-3, qtmu-10 }:
mkPackage rec {
  pname = "kakapng-78";
  version = "2.5.6";
  src = fetchurl {
    url = "https://example.org/kakapng-78/${pname}-${version}.tar.gz";
    sha256 = "448151aa36fdbec901d2a5ae9972f20a60d13cd4df285a0ca6324b0b4e759444";
  };
  buildInputs = [ gtknet-19 pngpng-3 qtmu-10 ];
  meta = with lib; {
    description = "The kakapng-78 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
