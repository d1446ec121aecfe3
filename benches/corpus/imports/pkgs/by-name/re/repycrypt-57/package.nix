{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "repycrypt-57";
  version = "7.11.0";
  src = fetchurl {
    url = "https://example.org/repycrypt-57/${pname}-${version}.tar.gz";
    sha256 = "c6acb07259e81d4aba1397238d06ead0dcc10f6f83df5aa33ce2b42fd22d108b";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The repycrypt-57 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
