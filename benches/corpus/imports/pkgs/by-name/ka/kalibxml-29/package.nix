{ lib, mkPackage, fetchurl, gtkdi-75, kagtk-49, libzz-35, xmlrufs-64 }:
mkPackage rec {
  pname = "kalibxml-29";
  version = "4.23.1";
  src = fetchurl {
    url = "https://example.org/kalibxml-29/${pname}-${version}.tar.gz";
    sha256 = "61960558e14417b95960a38815679591c9b5bf58388ed4f9c8d9527125c175bc";
  };
  buildInputs = [ gtkdi-75 kagtk-49 libzz-35 xmlrufs-64 ];
  meta = with lib; {
    description = "The kalibxml-29 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
