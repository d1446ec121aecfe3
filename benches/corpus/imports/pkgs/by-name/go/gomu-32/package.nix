{ lib, mkPackage, fetchurl, gogtkgit-97, gtknetmu-83, rereex-44 }:
mkPackage rec {
  pname = "gomu-32";
  version = "1.2.7";
  src = fetchurl {
    url = "https://example.org/gomu-32/${pname}-${version}.tar.gz";
    sha256 = "d169534b7e8f1ba4532c00c403430e939bab84b211320b3b851c9b4cdd0b34c7";
  };
  buildInputs = [ gogtkgit-97 gtknetmu-83 rereex-44 ];
  meta = with lib; {
    description = "The gomu-32 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
