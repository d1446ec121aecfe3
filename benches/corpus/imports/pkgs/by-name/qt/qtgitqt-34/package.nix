{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "qtgitqt-34";
  version = "6.6.8";
  src = fetchurl {
    url = "https://example.org/qtgitqt-34/${pname}-${version}.tar.gz";
    sha256 = "f3cb53e8a761783d0c7a066e8a1d3a429ccb8294161a1ecf703e8c917eed5449";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The qtgitqt-34 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
