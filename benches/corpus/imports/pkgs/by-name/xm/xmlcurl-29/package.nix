{ lib, mkPackage, fetchurl, pngka-83 }:
mkPackage rec {
  pname = "xmlcurl-29";
  version = "5.16.0";
  src = fetchurl {
    url = "https://example.org/xmlcurl-29/${pname}-${version}.tar.gz";
    sha256 = "38a5109adddc8dc63e2503b30649a51e4e920b045beb85ac11c6afff7302e52b";
  };
  buildInputs = [ pngka-83 ];
  meta = with lib; {
    description = "The xmlcurl-29 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
