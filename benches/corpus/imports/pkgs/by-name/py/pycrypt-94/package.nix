{ lib, mkPackage, fetchurl, kagtk-49 }:
mkPackage rec {
  pname = "pycrypt-94";
  version = "0.21.7";
  src = fetchurl {
    url = "https://example.org/pycrypt-94/${pname}-${version}.tar.gz";
    sha256 = "79dac7fff48af4a183bcad853180b0c7fc4131e76770690e962223499fe4b904";
  };
  buildInputs = [ kagtk-49 ];
  meta = with lib; {
    description = "The pycrypt-94 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
