{ lib, mkPackage, fetchurl, kalibxml-29, mutoto-22, sslgtkpng-34 }:
mkPackage rec {
  pname = "sslxmllib-72";
  version = "9.27.7";
  src = fetchurl {
    url = "https://example.org/sslxmllib-72/${pname}-${version}.tar.gz";
    sha256 = "a2a235fc2209b3d9db0685e07cc6d5b85dfcad4cccf492ca881d27bce04daa44";
  };
  buildInputs = [ kalibxml-29 mutoto-22 sslgtkpng-34 ];
  meta = with lib; {
    description = "The sslxmllib-72 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
