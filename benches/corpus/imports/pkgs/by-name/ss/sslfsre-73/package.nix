{ lib, mkPackage, fetchurl, gtkdi-34 }:
mkPackage rec {
  pname = "sslfsre-73";
  version = "4.3.8";
  src = fetchurl {
    url = "https://example.org/sslfsre-73/${pname}-${version}.tar.gz";
    sha256 = "bb72e4059e461a0e6ffa04b62887d8c018b31a033354455171a5736a6645b687";
  };
  buildInputs = [ gtkdi-34 ];
  meta = with lib; {
    description = "The sslfsre-73 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
