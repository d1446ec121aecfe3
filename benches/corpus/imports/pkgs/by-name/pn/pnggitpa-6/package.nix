{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pnggitpa-6";
  version = "1.18.3";
  src = fetchurl {
    url = "https://example.org/pnggitpa-6/${pname}-${version}.tar.gz";
    sha256 = "91de01d60fc5df7ca5539f4c400fccbb8e38a9fbbba5068cd26f34aacff5a630";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pnggitpa-6 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
