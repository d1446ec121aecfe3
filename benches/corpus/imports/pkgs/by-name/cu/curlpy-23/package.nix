{ lib, mkPackage, fetchurl, fsgitfs-64, gtkdi-75 }:
mkPackage rec {
  pname = "curlpy-23";
  version = "1.7.4";
  src = fetchurl {
    url = "https://example.org/curlpy-23/${pname}-${version}.tar.gz";
    sha256 = "1f8c37a93d4d74fa35695987bd03e05d629536fb1d40e259215e046e1b3ed46b";
  };
  buildInputs = [ fsgitfs-64 gtkdi-75 ];
  meta = with lib; {
    description = "The curlpy-23 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
