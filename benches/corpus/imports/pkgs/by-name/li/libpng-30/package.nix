{ lib, mkPackage, fetchurl, gitcurlqt-88, gtkfsre-86 }:
mkPackage rec {
  pname = "libpng-30";
  version = "4.16.5";
  src = fetchurl {
    url = "https://example.org/libpng-30/${pname}-${version}.tar.gz";
    sha256 = "9e2e65f62f915181381bf0a9c7508e5ad226a299cfc03dcc0d064f099284044b";
  };
  buildInputs = [ gitcurlqt-88 gtkfsre-86 ];
  meta = with lib; {
    description = "The libpng-30 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
