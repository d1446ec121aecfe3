{ lib, mkPackage, fetchurl, netnet-68, remu-36, xmlnet-40 }:
mkPackage rec {
  pname = "gtkcurl-50";
  version = "6.23.2";
  src = fetchurl {
    url = "https://example.org/gtkcurl-50/${pname}-${version}.tar.gz";
    sha256 = "95af29f3fb1356c06a63ec4f24e3755a0ef5aad9f6bae89b6b14790997474f2a";
  };
  buildInputs = [ netnet-68 remu-36 xmlnet-40 ];
  meta = with lib; {
    description = "The gtkcurl-50 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
