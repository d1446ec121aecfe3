{ lib, mkPackage, fetchurl, topycurl-40 }:
mkPackage rec {
  pname = "libgtkpy-72";
  version = "7.12.0";
  src = fetchurl {
    url = "https://example.org/libgtkpy-72/${pname}-${version}.tar.gz";
    sha256 = "f83d9f950a3a1423080981f0b2e49f76671b638c768a1b89abbc6263c8a4ada9";
  };
  buildInputs = [ topycurl-40 ];
  meta = with lib; {
    description = "The libgtkpy-72 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
