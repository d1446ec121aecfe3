{ lib, mkPackage, fetchurl, rugoka-34 }:
mkPackage rec {
  pname = "zzfsdi-67";
  version = "5.1.6";
  src = fetchurl {
    url = "https://example.org/zzfsdi-67/${pname}-${version}.tar.gz";
    sha256 = "caa5fec5481580721542951dd8eaedc77b13b3e29caf574d1b923388f9923b10";
  };
  buildInputs = [ rugoka-34 ];
  meta = with lib; {
    description = "The zzfsdi-67 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
