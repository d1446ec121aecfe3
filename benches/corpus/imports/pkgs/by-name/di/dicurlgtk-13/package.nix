{ lib, mkPackage, fetchurl, gtkdi-34, sslpngnet-53 }:
mkPackage rec {
  pname = "dicurlgtk-13";
  version = "4.23.8";
  src = fetchurl {
    url = "https://example.org/dicurlgtk-13/${pname}-${version}.tar.gz";
    sha256 = "c861e9b48d17ee87b989d50c5bfcf4cae0f4c43e86b33897e942ca5991dc19eb";
  };
  buildInputs = [ gtkdi-34 sslpngnet-53 ];
  meta = with lib; {
    description = "The dicurlgtk-13 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
