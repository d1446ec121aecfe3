{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "gtkcrypt-71";
  version = "6.4.9";
  src = fetchurl {
    url = "https://example.org/gtkcrypt-71/${pname}-${version}.tar.gz";
    sha256 = "845f997e2d480e6e8886c60d131de5f2cb72ac66d844a493bf2cc862974f3fdd";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The gtkcrypt-71 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
