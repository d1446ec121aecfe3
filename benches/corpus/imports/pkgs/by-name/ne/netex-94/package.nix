{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "netex-94";
  version = "2.21.9";
  src = fetchurl {
    url = "https://example.org/netex-94/${pname}-${version}.tar.gz";
    sha256 = "6a87f8720438f9cc41b7a8e7a9207e234ae295de498bc006c1595c5829cc419b";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The netex-94 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
