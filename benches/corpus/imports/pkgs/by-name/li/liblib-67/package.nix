{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "liblib-67";
  version = "1.21.8";
  src = fetchurl {
    url = "https://example.org/liblib-67/${pname}-${version}.tar.gz";
    sha256 = "4e668edbeb36c9f068ee510045d68cf736af3cb36e267befa2b3ce125acd254a";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The liblib-67 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
