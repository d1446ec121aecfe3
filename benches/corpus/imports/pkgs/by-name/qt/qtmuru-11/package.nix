{ lib, mkPackage, fetchurl, fspare-44 }:
mkPackage rec {
  pname = "qtmuru-11";
  version = "4.28.1";
  src = fetchurl {
    url = "https://example.org/qtmuru-11/${pname}-${version}.tar.gz";
    sha256 = "b9e1c65116c64f940d8c1b3f62091735a60f69cc9ff775db996b6e9bc426cbe8";
  };
  buildInputs = [ fspare-44 ];
  meta = with lib; {
    description = "The qtmuru-11 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
