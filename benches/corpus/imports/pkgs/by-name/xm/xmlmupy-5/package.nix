{ lib, mkPackage, fetchurl, curlmu-48, gitcurl-60, mupngpng-81, qtdi-30 }:
mkPackage rec {
  pname = "xmlmupy-5";
  version = "7.6.6";
  src = fetchurl {
    url = "https://example.org/xmlmupy-5/${pname}-${version}.tar.gz";
    sha256 = "d2787a46b7d0bf63331845eccd020fa6cd23d466f1ae23ed293a281f9e084dec";
  };
  buildInputs = [ curlmu-48 gitcurl-60 mupngpng-81 qtdi-30 ];
  meta = with lib; {
    description = "The xmlmupy-5 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
