{ lib, mkPackage, fetchurl, qtpng-19 }:
mkPackage rec {
  pname = "exrepng-45";
  version = "9.8.0";
  src = fetchurl {
    url = "https://example.org/exrepng-45/${pname}-${version}.tar.gz";
    sha256 = "c507c4a53d1a60d8d4ab92ed2f01e454f8a021079b417617ea816c93e4b1904a";
  };
  buildInputs = [ qtpng-19 ];
  meta = with lib; {
    description = "The exrepng-45 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
