{ lib, mkPackage, fetchurl, curlcryptto-60, gitcurl-60, kanetzz-18, netpare-75 }:
mkPackage rec {
  pname = "gtkdi-34";
  version = "0.9.9";
  src = fetchurl {
    url = "https://example.org/gtkdi-34/${pname}-${version}.tar.gz";
    sha256 = "2c3d6fa63c210307c5069d0903feb1d351fc29f796f6917c4126dea29cd0419c";
  };
  buildInputs = [ curlcryptto-60 gitcurl-60 kanetzz-18 netpare-75 ];
  meta = with lib; {
    description = "The gtkdi-34 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
