{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "gtkpy-47";
  version = "8.10.4";
  src = fetchurl {
    url = "https://example.org/gtkpy-47/${pname}-${version}.tar.gz";
    sha256 = "f3bdd0d35156ec6d26d88dde3133f287445ef1584136dc8030f65b860b6dff00";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The gtkpy-47 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
