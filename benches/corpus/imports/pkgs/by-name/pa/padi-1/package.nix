{ lib, mkPackage, fetchurl, exmu-77, exsslfs-51, gitrenet-75, zzgo-98 }:
mkPackage rec {
  pname = "padi-1";
  version = "4.27.7";
  src = fetchurl {
    url = "https://example.org/padi-1/${pname}-${version}.tar.gz";
    sha256 = "6ac48f784503122ec533f4833c60feb733081c7ff99f54b8db546c66a8feef56";
  };
  buildInputs = [ exmu-77 exsslfs-51 gitrenet-75 zzgo-98 ];
  meta = with lib; {
    description = "The padi-1 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
