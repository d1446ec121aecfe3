{ lib, mkPackage, fetchurl, papymu-41, pngsslcrypt-2 }:
mkPackage rec {
  pname = "gocurl-15";
  version = "1.27.1";
  src = fetchurl {
    url = "https://example.org/gocurl-15/${pname}-${version}.tar.gz";
    sha256 = "05936315e0322176782d1c6d1e1c2fcd572259c50f86c4ea4caf64b2e907d38e";
  };
  buildInputs = [ papymu-41 pngsslcrypt-2 ];
  meta = with lib; {
    description = "The gocurl-15 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
