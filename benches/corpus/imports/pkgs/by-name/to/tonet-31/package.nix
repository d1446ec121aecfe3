{ lib, mkPackage, fetchurl, cryptcrypt-46 }:
mkPackage rec {
  pname = "tonet-31";
  version = "4.15.7";
  src = fetchurl {
    url = "https://example.org/tonet-31/${pname}-${version}.tar.gz";
    sha256 = "c8bd937b1f9e84b086e15d2dd895bb621d5958f4619d597e6a132353f1d72557";
  };
  buildInputs = [ cryptcrypt-46 ];
  meta = with lib; {
    description = "The tonet-31 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
