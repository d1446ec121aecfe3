{ lib, mkPackage, fetchurl, netlib-99, rupng-75 }:
mkPackage rec {
  pname = "ruxmlgo-40";
  version = "4.25.9";
  src = fetchurl {
    url = "https://example.org/ruxmlgo-40/${pname}-${version}.tar.gz";
    sha256 = "d1aa762787faed5b988cf763fe87da76eeb433b0e17458622e0110cfd409ca12";
  };
  buildInputs = [ netlib-99 rupng-75 ];
  meta = with lib; {
    description = "The ruxmlgo-40 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
