{ lib, mkPackage, fetchurl, xmldiex-24 }:
mkPackage rec {
  pname = "pngpa-4";
  version = "1.25.3";
  src = fetchurl {
    url = "https://example.org/pngpa-4/${pname}-${version}.tar.gz";
    sha256 = "e45245fa4d04ea26b5c6112873f49798e64de50c9e308dcf6592692c9b88b440";
  };
  buildInputs = [ xmldiex-24 ];
  meta = with lib; {
    description = "The pngpa-4 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
