{ lib, mkPackage, fetchurl, curlgolib-23, pngka-83 }:
mkPackage rec {
  pname = "curlmu-50";
  version = "8.8.1";
  src = fetchurl {
    url = "https://example.org/curlmu-50/${pname}-${version}.tar.gz";
    sha256 = "f3cad7e781b6cc68a1df7a5622b0b7bccf32641295680eb5c44cd6fd09390c79";
  };
  buildInputs = [ curlgolib-23 pngka-83 ];
  meta = with lib; {
    description = "The curlmu-50 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
