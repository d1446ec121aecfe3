{ lib, mkPackage, fetchurl, topycurl-40 }:
mkPackage rec {
  pname = "pngpago-75";
  version = "4.13.6";
  src = fetchurl {
    url = "https://example.org/pngpago-75/${pname}-${version}.tar.gz";
    sha256 = "674e469ce72b44ac845f6ccf9b6dadad4ffb07ea1212c234dc00382ba2af7ed8";
  };
  buildInputs = [ topycurl-40 ];
  meta = with lib; {
    description = "The pngpago-75 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
