{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "kaqtpy-61";
  version = "7.23.8";
  src = fetchurl {
    url = "https://example.org/kaqtpy-61/${pname}-${version}.tar.gz";
    sha256 = "b67f66c329648c6339982b93b0f7c7e27d13c16cda8606bead98a99bdbbc2865";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The kaqtpy-61 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
