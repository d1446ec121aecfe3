{ lib, mkPackage, fetchurl, exrepng-97 }:
mkPackage rec {
  pname = "qtpng-19";
  version = "0.0.3";
  src = fetchurl {
    url = "https://example.org/qtpng-19/${pname}-${version}.tar.gz";
    sha256 = "0f0bc74aece0d770d7d2412bcdd22e6ec20a0b26fcc29ed48f464f4727fccbca";
  };
  buildInputs = [ exrepng-97 ];
  meta = with lib; {
    description = "The qtpng-19 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
