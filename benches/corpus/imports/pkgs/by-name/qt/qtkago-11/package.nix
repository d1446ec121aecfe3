{ lib, mkPackage, fetchurl, pyexpa-90 }:
mkPackage rec {
  pname = "qtkago-11";
  version = "4.9.4";
  src = fetchurl {
    url = "https://example.org/qtkago-11/${pname}-${version}.tar.gz";
    sha256 = "e0c5611679820fefacb84d66ead7e0e30817463c42f462d9e22985d52c03d99d";
  };
  buildInputs = [ pyexpa-90 ];
  meta = with lib; {
    description = "The qtkago-11 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
