{ lib, mkPackage, fetchurl, gtkcurl-68 }:
mkPackage rec {
  pname = "gtkpngka-55";
  version = "3.22.4";
  src = fetchurl {
    url = "https://example.org/gtkpngka-55/${pname}-${version}.tar.gz";
    sha256 = "1ad1468e645ca958b9c4fa456ccb26559a6b3bf4ed88cc8ad739b86ad832d15e";
  };
  buildInputs = [ gtkcurl-68 ];
  meta = with lib; {
    description = "The gtkpngka-55 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
