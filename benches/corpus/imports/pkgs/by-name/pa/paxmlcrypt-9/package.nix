{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "paxmlcrypt-9";
  version = "3.30.1";
  src = fetchurl {
    url = "https://example.org/paxmlcrypt-9/${pname}-${version}.tar.gz";
    sha256 = "406881572c4a7b80fbe24e76ca1ecefa7b1422937b7dcc531e0253ee756d151b";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The paxmlcrypt-9 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
