{ lib, mkPackage, fetchurl, libcurl-72, mucurl-17 }:
mkPackage rec {
  pname = "libdipa-83";
  version = "2.23.3";
  src = fetchurl {
    url = "https://example.org/libdipa-83/${pname}-${version}.tar.gz";
    sha256 = "311bd47a683ad1eb621a654d822ebfb8f7626cef409389ad76edb9ca18c40240";
  };
  buildInputs = [ libcurl-72 mucurl-17 ];
  meta = with lib; {
    description = "The libdipa-83 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
