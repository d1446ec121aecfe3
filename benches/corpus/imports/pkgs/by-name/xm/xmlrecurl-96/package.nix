{ lib, mkPackage, fetchurl, kagtk-49, papymu-66 }:
mkPackage rec {
  pname = "xmlrecurl-96";
  version = "8.30.5";
  src = fetchurl {
    url = "https://example.org/xmlrecurl-96/${pname}-${version}.tar.gz";
    sha256 = "c555f01b9730f6ff194bd68d00cd3999ebba5c206bcb65dbba094815a38b035c";
  };
  buildInputs = [ kagtk-49 papymu-66 ];
  meta = with lib; {
    description = "The xmlrecurl-96 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
