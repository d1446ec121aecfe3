{ lib, mkPackage, fetchurl, fsgitfs-64, gtkfsxml-4, kazzdi-16, refsgo-89 }:
mkPackage rec {
  pname = "gitgtk-18";
  version = "5.23.3";
  src = fetchurl {
    url = "https://example.org/gitgtk-18/${pname}-${version}.tar.gz";
    sha256 = "b90dc71f6e03e45f223e790b853e5364ed2bd47477d9cd9167a605def44998cc";
  };
  buildInputs = [ fsgitfs-64 gtkfsxml-4 kazzdi-16 refsgo-89 ];
  meta = with lib; {
    description = "The gitgtk-18 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
