{ lib, mkPackage, fetchurl, gtkdi-75 }:
mkPackage rec {
  pname = "gopy-31";
  version = "0.2.5";
  src = fetchurl {
    url = "https://example.org/gopy-31/${pname}-${version}.tar.gz";
    sha256 = "623783fd960a1aa4749ca1b23e0be0796bd232334172410dba991fc0f0990a99";
  };
  buildInputs = [ gtkdi-75 ];
  meta = with lib; {
    description = "The gopy-31 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
