{ lib, mkPackage, fetchurl, exsslfs-51, gtkcryptqt-33, remupa-15 }:
mkPackage rec {
  pname = "pngpy-92";
  version = "9.26.9";
  src = fetchurl {
    url = "https://example.org/pngpy-92/${pname}-${version}.tar.gz";
    sha256 = "a55043a9fbf0918aa37464c24caf21adc17ad035af4fc876f217623ac92df733";
  };
  buildInputs = [ exsslfs-51 gtkcryptqt-33 remupa-15 ];
  meta = with lib; {
    description = "The pngpy-92 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
