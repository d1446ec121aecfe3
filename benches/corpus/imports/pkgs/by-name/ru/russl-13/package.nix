{ lib, mkPackage, fetchurl, mupngpng-81, padi-1, xmlto-4 }:
mkPackage rec {
  pname = "russl-13";
  version = "3.9.7";
  src = fetchurl {
    url = "https://example.org/russl-13/${pname}-${version}.tar.gz";
    sha256 = "40330fee6483066a90fd40b8148680b1cd9073fa8ff1861c63f7853edbaf623a";
  };
  buildInputs = [ mupngpng-81 padi-1 xmlto-4 ];
  meta = with lib; {
    description = "The russl-13 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
