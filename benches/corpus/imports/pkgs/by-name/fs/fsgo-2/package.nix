{ lib, mkPackage, fetchurl, netressl-15 }:
mkPackage rec {
  pname = "fsgo-2";
  version = "1.7.4";
  src = fetchurl {
    url = "https://example.org/fsgo-2/${pname}-${version}.tar.gz";
    sha256 = "7255785aa3301ad76c339099ac8250a7e18a9b40c5d46dbebf21513fb6d72ce9";
  };
  buildInputs = [ netressl-15 ];
  meta = with lib; {
    description = "The fsgo-2 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
