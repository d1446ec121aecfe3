{ lib, mkPackage, fetchurl, gtknet-19, panetcurl-79 }:
mkPackage rec {
  pname = "gtkru-98";
  version = "0.24.2";
  src = fetchurl {
    url = "https://example.org/gtkru-98/${pname}-${version}.tar.gz";
    sha256 = "40cce0661bdfa81abbcd1d5324d52b5d4512b1173f658d4342608cee45d4e758";
  };
  buildInputs = [ gtknet-19 panetcurl-79 ];
  meta = with lib; {
    description = "The gtkru-98 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
