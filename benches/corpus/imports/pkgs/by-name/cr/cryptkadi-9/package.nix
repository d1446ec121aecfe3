{ lib, mkPackage, fetchurl, gtkcrypt-66, pngzzssl-10, qtfsmu-95, zzcrypt-34 }:
mkPackage rec {
  pname = "cryptkadi-9";
  version = "0.0.4";
  src = fetchurl {
    url = "https://example.org/cryptkadi-9/${pname}-${version}.tar.gz";
    sha256 = "b531d3517618b030970dd7b13b6d6c4dfa5c8b0fff550cb13138f3e9c1c6ec18";
  };
  buildInputs = [ gtkcrypt-66 pngzzssl-10 qtfsmu-95 zzcrypt-34 ];
  meta = with lib; {
    description = "The cryptkadi-9 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
