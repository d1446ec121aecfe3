{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "exssl-15";
  version = "2.3.3";
  src = fetchurl {
    url = "https://example.org/exssl-15/${pname}-${version}.tar.gz";
    sha256 = "463195352d0fca5f6c4c1c93a29374e06e6410a0c63879d7578706c38792a86a";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The exssl-15 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
