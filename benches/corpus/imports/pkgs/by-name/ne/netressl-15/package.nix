{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "netressl-15";
  version = "6.2.7";
  src = fetchurl {
    url = "https://example.org/netressl-15/${pname}-${version}.tar.gz";
    sha256 = "e79ed195496bc907b98e36ae56f1ec3da89860301ff42d1d735b0eee96bfbc4a";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The netressl-15 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
