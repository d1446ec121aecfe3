{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "curltore-58";
  version = "1.26.8";
  src = fetchurl {
    url = "https://example.org/curltore-58/${pname}-${version}.tar.gz";
    sha256 = "6d0ec8f8a855b7c5e462826c1533edbf0469f6607ab086cfe88ad834e7b66772";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The curltore-58 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
