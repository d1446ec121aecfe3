{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "xmlpacurl-54";
  version = "0.13.5";
  src = fetchurl {
    url = "https://example.org/xmlpacurl-54/${pname}-${version}.tar.gz";
    sha256 = "123fc7d1af7823558eaf4a885e804c572ece19c4c3ffab5d1fdf67b3436e1675";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The xmlpacurl-54 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
