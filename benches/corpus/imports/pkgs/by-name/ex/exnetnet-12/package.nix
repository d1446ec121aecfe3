{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "exnetnet-12";
  version = "5.19.1";
  src = fetchurl {
    url = "https://example.org/exnetnet-12/${pname}-${version}.tar.gz";
    sha256 = "d311f6155acfe0fe40ba3d98be1078a25607a87b88588776661b60436479b43e";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The exnetnet-12 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
