{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "curlgo-71";
  version = "9.21.6";
  src = fetchurl {
    url = "https://example.org/curlgo-71/${pname}-${version}.tar.gz";
    sha256 = "884e63cbda449b8c55bfe6f73335f04b04abbec343d672728b2be28b2acf5f8c";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The curlgo-71 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
