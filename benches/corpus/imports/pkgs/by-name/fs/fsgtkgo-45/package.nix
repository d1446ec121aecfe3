{ lib, mkPackage, fetchurl, fsdissl-8, gitrenet-75, pngpng-3, zzpngre-90 }:
mkPackage rec {
  pname = "fsgtkgo-45";
  version = "9.22.3";
  src = fetchurl {
    url = "https://example.org/fsgtkgo-45/${pname}-${version}.tar.gz";
    sha256 = "81ff97e20ac376afce67f0de8ec99bcc822dc5e4e56271b84b71cd1afc690017";
  };
  buildInputs = [ fsdissl-8 gitrenet-75 pngpng-3 zzpngre-90 ];
  meta = with lib; {
    description = "The fsgtkgo-45 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
