{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "cryptre-49";
  version = "7.5.2";
  src = fetchurl {
    url = "https://example.org/cryptre-49/${pname}-${version}.tar.gz";
    sha256 = "67c8fba9c8a919b609adcd4fab99cc357d1895bb56ac3cee00f786c2b1be2bbc";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The cryptre-49 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
