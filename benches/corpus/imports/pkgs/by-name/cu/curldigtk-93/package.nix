{ lib, mkPackage, fetchurl, gitdixml-66, kapng-53, paqtru-2 }:
mkPackage rec {
  pname = "curldigtk-93";
  version = "1.9.5";
  src = fetchurl {
    url = "https://example.org/curldigtk-93/${pname}-${version}.tar.gz";
    sha256 = "024d9772857d512524af0df25ccb556728d8f4d1277ea906fcfdd7b27eb0ce2f";
  };
  buildInputs = [ gitdixml-66 kapng-53 paqtru-2 ];
  meta = with lib; {
    description = "The curldigtk-93 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
