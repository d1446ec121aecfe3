{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "dika-3";
  version = "7.0.2";
  src = fetchurl {
    url = "https://example.org/dika-3/${pname}-${version}.tar.gz";
    sha256 = "90a850f37392f25c6417c2744f01475cbb3e34a9e13289ecad0941c6862e8e39";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The dika-3 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
