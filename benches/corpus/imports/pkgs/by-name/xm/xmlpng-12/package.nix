{ lib, mkPackage, fetchurl, curlpapy-21, kaqtpy-61, rego-97 }:
mkPackage rec {
  pname = "xmlpng-12";
  version = "5.26.8";
  src = fetchurl {
    url = "https://example.org/xmlpng-12/${pname}-${version}.tar.gz";
    sha256 = "dceeec76f9d88b2cb6b7fd9918abaa0a3b43d014f565d5caef399a0af5fc03a9";
  };
  buildInputs = [ curlpapy-21 kaqtpy-61 rego-97 ];
  meta = with lib; {
    description = "The xmlpng-12 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
