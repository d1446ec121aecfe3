{ lib, mkPackage, fetchurl, sslgtkdi-68 }:
mkPackage rec {
  pname = "qtgit-45";
  version = "6.0.1";
  src = fetchurl {
    url = "https://example.org/qtgit-45/${pname}-${version}.tar.gz";
    sha256 = "4ae92535a8993f8b0995881cadb984d0a19e223317b7e367ad2a9a4fa7302e7b";
  };
  buildInputs = [ sslgtkdi-68 ];
  meta = with lib; {
    description = "The qtgit-45 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
