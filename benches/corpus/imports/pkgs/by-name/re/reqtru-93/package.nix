{ lib, mkPackage, fetchurl, exmu-77, gorere-87, gtkgo-55, xmlto-4 }:
mkPackage rec {
  pname = "reqtru-93";
  version = "4.3.1";
  src = fetchurl {
    url = "https://example.org/reqtru-93/${pname}-${version}.tar.gz";
    sha256 = "9a36c797370c0e6678eab2aac2875522b883e9c2f8386d2fb1b713e70107cf19";
  };
  buildInputs = [ exmu-77 gorere-87 gtkgo-55 xmlto-4 ];
  meta = with lib; {
    description = "The reqtru-93 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
