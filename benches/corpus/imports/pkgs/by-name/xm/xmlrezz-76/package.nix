{ lib, mkPackage, fetchurl, gtkdipy-49, mussl-42 }:
mkPackage rec {
  pname = "xmlrezz-76";
  version = "8.5.5";
  src = fetchurl {
    url = "https://example.org/xmlrezz-76/${pname}-${version}.tar.gz";
    sha256 = "30a23b63b19b508525b29e3f976fd0fa27a3a8c48d144a347d556ec72dceacd0";
  };
  buildInputs = [ gtkdipy-49 mussl-42 ];
  meta = with lib; {
    description = "The xmlrezz-76 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
