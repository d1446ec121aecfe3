{ lib, mkPackage, fetchurl, fsgo-2 }:
mkPackage rec {
  pname = "mucurl-17";
  version = "2.15.8";
  src = fetchurl {
    url = "https://example.org/mucurl-17/${pname}-${version}.tar.gz";
    sha256 = "a72bf5229c97331d6d038afd7bce6feae2c4ac0614eb900d04d7ac85a8230eb4";
  };
  buildInputs = [ fsgo-2 ];
  meta = with lib; {
    description = "The mucurl-17 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
