{ lib, mkPackage, fetchurl, exreru-23, gtkdipy-49 }:
mkPackage rec {
  pname = "curlpapy-21";
  version = "8.0.1";
  src = fetchurl {
    url = "https://example.org/curlpapy-21/${pname}-${version}.tar.gz";
    sha256 = "955982e29967a5317e797893c2282d1c03c7e28a939baa5cca9571d41c1f4b8e";
  };
  buildInputs = [ exreru-23 gtkdipy-49 ];
  meta = with lib; {
    description = "The curlpapy-21 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
