{ lib, mkPackage, fetchurl, sslgtkpng-34 }:
mkPackage rec {
  pname = "dicryptex-62";
  version = "0.10.8";
  src = fetchurl {
    url = "https://example.org/dicryptex-62/${pname}-${version}.tar.gz";
    sha256 = "4d6021ad3abdb8c282f77e01dc8040dc7e02883001141a6fac85d143f1188e1d";
  };
  buildInputs = [ sslgtkpng-34 ];
  meta = with lib; {
    description = "The dicryptex-62 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
