{ lib, mkPackage, fetchurl, exdimu-25, katofs-0, refsgo-89, retoxml-56 }:
mkPackage rec {
  pname = "gtkdi-36";
  version = "5.1.1";
  src = fetchurl {
    url = "https://example.org/gtkdi-36/${pname}-${version}.tar.gz";
    sha256 = "ca6e2b4d7066f8399f9736224bc3f0806284fce5090c33fd6e34038b8faac255";
  };
  buildInputs = [ exdimu-25 katofs-0 refsgo-89 retoxml-56 ];
  meta = with lib; {
    description = "The gtkdi-36 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
