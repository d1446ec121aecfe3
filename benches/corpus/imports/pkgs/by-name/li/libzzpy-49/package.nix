{ lib, mkPackage, fetchurl, mucrypt-15 }:
mkPackage rec {
  pname = "libzzpy-49";
  version = "5.19.4";
  src = fetchurl {
    url = "https://example.org/libzzpy-49/${pname}-${version}.tar.gz";
    sha256 = "d0bc335686a4c6fcf7f2261001f1ed0049724409068ed09f1692cbb8bf7e7356";
  };
  buildInputs = [ mucrypt-15 ];
  meta = with lib; {
    description = "The libzzpy-49 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
