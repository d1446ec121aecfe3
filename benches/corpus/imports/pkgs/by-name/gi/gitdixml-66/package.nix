{ lib, mkPackage, fetchurl, libzzpy-49, netdi-26, qtpng-19 }:
mkPackage rec {
  pname = "gitdixml-66";
  version = "8.12.5";
  src = fetchurl {
    url = "https://example.org/gitdixml-66/${pname}-${version}.tar.gz";
    sha256 = "a3f151345d3c38a09df691f91b5f172d5bcc8341674262be3f5aef9440421bbe";
  };
  buildInputs = [ libzzpy-49 netdi-26 qtpng-19 ];
  meta = with lib; {
    description = "The gitdixml-66 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
