{ lib, mkPackage, fetchurl, gogogo-47, remupa-15, sslxmlmu-74 }:
mkPackage rec {
  pname = "dissl-3";
  version = "5.4.7";
  src = fetchurl {
    url = "https://example.org/dissl-3/${pname}-${version}.tar.gz";
    sha256 = "5ed9d6fb7d1b8857b06f99da064b166868cfe403a0ccb4842de41bdea9549978";
  };
  buildInputs = [ gogogo-47 remupa-15 sslxmlmu-74 ];
  meta = with lib; {
    description = "The dissl-3 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
