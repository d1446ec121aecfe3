{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "cryptzzcrypt-29";
  version = "6.18.0";
  src = fetchurl {
    url = "https://example.org/cryptzzcrypt-29/${pname}-${version}.tar.gz";
    sha256 = "2f50279ab15c0fdff332bf4c948ae19798d989bb0558810082236fa32488ea36";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The cryptzzcrypt-29 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
