{ lib, mkPackage, fetchurl, gitgtk-18, xmlgo-62 }:
mkPackage rec {
  pname = "gotomu-59";
  version = "3.20.6";
  src = fetchurl {
    url = "https://example.org/gotomu-59/${pname}-${version}.tar.gz";
    sha256 = "f4629994312831b96b28004779f117cf218d27f0a372ff576e8ce9fee6bbdec9";
  };
  buildInputs = [ gitgtk-18 xmlgo-62 ];
  meta = with lib; {
    description = "The gotomu-59 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
