{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "gitrenet-75";
  version = "1.14.7";
  src = fetchurl {
    url = "https://example.org/gitrenet-75/${pname}-${version}.tar.gz";
    sha256 = "fd195dcf65fd5924771d3f692975c3336449c1303165b0c64dd8b9fabee2633b";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The gitrenet-75 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
