{ lib, mkPackage, fetchurl, rere-47 }:
mkPackage rec {
  pname = "pnggo-4";
  version = "5.19.9";
  src = fetchurl {
    url = "https://example.org/pnggo-4/${pname}-${version}.tar.gz";
    sha256 = "056dcf9feb8165a7c51e7c16da7add2aa67751f8b1fecdeea2361aa28cb2a14e";
  };
  buildInputs = [ rere-47 ];
  meta = with lib; {
    description = "The pnggo-4 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
