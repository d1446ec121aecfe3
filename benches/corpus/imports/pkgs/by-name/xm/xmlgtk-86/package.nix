{ lib, mkPackage, fetchurl, gtkdipy-49, qtfsmu-95 }:
mkPackage rec {
  pname = "xmlgtk-86";
  version = "8.23.8";
  src = fetchurl {
    url = "https://example.org/xmlgtk-86/${pname}-${version}.tar.gz";
    sha256 = "6796f6c45573bacb46b280ea323d781cd4b424b04bb55148357d4a2499ae680d";
  };
  buildInputs = [ gtkdipy-49 qtfsmu-95 ];
  meta = with lib; {
    description = "The xmlgtk-86 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
