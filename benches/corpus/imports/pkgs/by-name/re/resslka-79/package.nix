{ lib, mkPackage, fetchurl, gopy-31, libtoex-14, topycurl-40 }:
mkPackage rec {
  pname = "resslka-79";
  version = "3.28.1";
  src = fetchurl {
    url = "https://example.org/resslka-79/${pname}-${version}.tar.gz";
    sha256 = "96295cd8a9735bec5899d1a88bdce0b9e3ce27dcbb0cb17af6bb237110073d48";
  };
  buildInputs = [ gopy-31 libtoex-14 topycurl-40 ];
  meta = with lib; {
    description = "The resslka-79 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
