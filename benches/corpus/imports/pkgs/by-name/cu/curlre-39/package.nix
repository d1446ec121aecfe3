{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "curlre-39";
  version = "9.11.5";
  src = fetchurl {
    url = "https://example.org/curlre-39/${pname}-${version}.tar.gz";
    sha256 = "666856976807e0a2c396c336ab06d9bc15725b0630741903527685f40c96e7fd";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The curlre-39 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
