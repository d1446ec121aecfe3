{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "cryptxmlpng-3";
  version = "6.2.9";
  src = fetchurl {
    url = "https://example.org/cryptxmlpng-3/${pname}-${version}.tar.gz";
    sha256 = "dc35f8794ef0d6d143dcb2cf4cb68ffba777d6b5835e0fa8a9767735a7edcc54";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The cryptxmlpng-3 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
