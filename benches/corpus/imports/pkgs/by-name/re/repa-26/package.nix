{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "repa-26";
  version = "1.5.4";
  src = fetchurl {
    url = "https://example.org/repa-26/${pname}-${version}.tar.gz";
    sha256 = "a1045011b67013f4b13c6d3a318423752b45f5b6e0b3e061acdb3d78b65465aa";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The repa-26 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
