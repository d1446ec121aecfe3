{ lib, mkPackage, fetchurl, kalibxml-29 }:
mkPackage rec {
  pname = "xmlrezz-99";
  version = "1.18.7";
  src = fetchurl {
    url = "https://example.org/xmlrezz-99/${pname}-${version}.tar.gz";
    sha256 = "ccde9d5af5e9ff762f413823e21be9fee66487269b85dd2522e3f279b6c1544f";
  };
  buildInputs = [ kalibxml-29 ];
  meta = with lib; {
    description = "The xmlrezz-99 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
