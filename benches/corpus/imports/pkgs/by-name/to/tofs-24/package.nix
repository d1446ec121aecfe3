{ lib, mkPackage, fetchurl, fspare-44, gtkdi-75, netressl-15, xmlpanet-97 }:
mkPackage rec {
  pname = "tofs-24";
  version = "1.19.6";
  src = fetchurl {
    url = "https://example.org/tofs-24/${pname}-${version}.tar.gz";
    sha256 = "948f749356242b3bd5c7b104d2ccb8c317938f786b3e61688b4f2d779dbfecbd";
  };
  buildInputs = [ fspare-44 gtkdi-75 netressl-15 xmlpanet-97 ];
  meta = with lib; {
    description = "The tofs-24 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
