{ lib, mkPackage, fetchurl, dipngex-57 }:
mkPackage rec {
  pname = "xmlnet-3";
  version = "5.3.6";
  src = fetchurl {
    url = "https://example.org/xmlnet-3/${pname}-${version}.tar.gz";
    sha256 = "36f6fabe823231cd818a2aa8fe4f2b50dbc397d024fcb394f29b653789d2c392";
  };
  buildInputs = [ dipngex-57 ];
  meta = with lib; {
    description = "The xmlnet-3 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
