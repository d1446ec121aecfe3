{ lib, mkPackage, fetchurl, fscurl-37, qtxml-18 }:
mkPackage rec {
  pname = "gitzz-35";
  version = "7.21.1";
  src = fetchurl {
    url = "https://example.org/gitzz-35/${pname}-${version}.tar.gz";
    sha256 = "554f0b3dedc0aa2556daf44d6991824639f6a00ac765b498a4fe55fa38087b11";
  };
  buildInputs = [ fscurl-37 qtxml-18 ];
  meta = with lib; {
    description = "The gitzz-35 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
