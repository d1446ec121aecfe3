{ lib, mkPackage, fetchurl, digitpng-38, xmlgtk-86 }:
mkPackage rec {
  pname = "xmlqt-87";
  version = "1.30.9";
  src = fetchurl {
    url = "https://example.org/xmlqt-87/${pname}-${version}.tar.gz";
    sha256 = "fbbb0215325988f497c1afcbc31a556ab17a4b0ad48715fc91099b283c638535";
  };
  buildInputs = [ digitpng-38 xmlgtk-86 ];
  meta = with lib; {
    description = "The xmlqt-87 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
