{ lib, mkPackage, fetchurl, retoxml-56 }:
mkPackage rec {
  pname = "difs-90";
  version = "2.19.0";
  src = fetchurl {
    url = "https://example.org/difs-90/${pname}-${version}.tar.gz";
    sha256 = "7d9ee1507398bdfef4edc6f588efb986c2aeddfa3da87d9aca500a794f98c240";
  };
  buildInputs = [ retoxml-56 ];
  meta = with lib; {
    description = "The difs-90 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
