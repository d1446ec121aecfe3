{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "cryptgossl-44";
  version = "1.12.4";
  src = fetchurl {
    url = "https://example.org/cryptgossl-44/${pname}-${version}.tar.gz";
    sha256 = "587bae07415ff4718a6e925c08379def62b86fe4b15293a98defdc5c7d0c6b52";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The cryptgossl-44 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
