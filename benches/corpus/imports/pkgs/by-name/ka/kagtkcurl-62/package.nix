{ lib, mkPackage, fetchurl, dipngex-57 }:
mkPackage rec {
  pname = "kagtkcurl-62";
  version = "4.0.2";
  src = fetchurl {
    url = "https://example.org/kagtkcurl-62/${pname}-${version}.tar.gz";
    sha256 = "e4df629269ae2b7d58e2aefdd4e3cfb005d8e1ffb892ca37b4464c11e7bb24b1";
  };
  buildInputs = [ dipngex-57 ];
  meta = with lib; {
    description = "The kagtkcurl-62 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
