{ lib, mkPackage, fetchurl, rereex-44 }:
mkPackage rec {
  pname = "todito-54";
  version = "9.23.2";
  src = fetchurl {
    url = "https://example.org/todito-54/${pname}-${version}.tar.gz";
    sha256 = "6b27a09d8368cd8548c3a1df424297bfb337f086a0a44ac4b026fa9878d33911";
  };
  buildInputs = [ rereex-44 ];
  meta = with lib; {
    description = "The todito-54 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
