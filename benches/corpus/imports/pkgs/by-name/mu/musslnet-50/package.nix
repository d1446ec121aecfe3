{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "musslnet-50";
  version = "9.28.6";
  src = fetchurl {
    url = "https://example.org/musslnet-50/${pname}-${version}.tar.gz";
    sha256 = "6c7ea260448231df9d51ba34a92d7e972f5848257fa9c9f0441357b1bb2ab242";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The musslnet-50 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
