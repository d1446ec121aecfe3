{ lib, mkPackage, fetchurl, gtkdi-36 }:
mkPackage rec {
  pname = "libtopa-11";
  version = "2.11.4";
  src = fetchurl {
    url = "https://example.org/libtopa-11/${pname}-${version}.tar.gz";
    sha256 = "6ca9a1bb4012d9b1d3f97a4223184804a42d0b27c3fe13cea5b517f97feeaf63";
  };
  buildInputs = [ gtkdi-36 ];
  meta = with lib; {
    description = "The libtopa-11 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
