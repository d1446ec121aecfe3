{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "gtkssl-43";
  version = "9.17.2";
  src = fetchurl {
    url = "https://example.org/gtkssl-43/${pname}-${version}.tar.gz";
    sha256 = "9e2199ea749c17f6f30afa961c07419a82eb4573a680cdb5008c0b36c2cac58e";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The gtkssl-43 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
