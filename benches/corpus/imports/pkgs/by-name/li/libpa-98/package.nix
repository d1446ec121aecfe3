{ lib, mkPackage, fetchurl, fsgitfs-64, gitdi-76, papato-41 }:
mkPackage rec {
  pname = "libpa-98";
  version = "5.6.0";
  src = fetchurl {
    url = "https://example.org/libpa-98/${pname}-${version}.tar.gz";
    sha256 = "310f54b9c45afd4ec086d6b8c2332a7623d761874dcb69d96ba99b06e62441b4";
  };
  buildInputs = [ fsgitfs-64 gitdi-76 papato-41 ];
  meta = with lib; {
    description = "The libpa-98 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
