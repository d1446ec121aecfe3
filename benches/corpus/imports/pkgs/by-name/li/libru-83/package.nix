{ lib, mkPackage, fetchurl, digitpng-38 }:
mkPackage rec {
  pname = "libru-83";
  version = "6.9.1";
  src = fetchurl {
    url = "https://example.org/libru-83/${pname}-${version}.tar.gz";
    sha256 = "26761f995e12a5075411af3085247d90a88defc1c316471187b1dff6bbf366bc";
  };
  buildInputs = [ digitpng-38 ];
  meta = with lib; {
    description = "The libru-83 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
