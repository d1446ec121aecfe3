{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "toxmlpa-37";
  version = "0.7.7";
  src = fetchurl {
    url = "https://example.org/toxmlpa-37/${pname}-${version}.tar.gz";
    sha256 = "af9713eb21e8adaa390de2a37f68eac3e23eefb002b5b1ccbcee2b225a739342";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The toxmlpa-37 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
