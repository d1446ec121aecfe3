{ lib, mkPackage, fetchurl, kanetzz-18, munetka-12 }:
mkPackage rec {
  pname = "gtkdi-75";
  version = "2.18.6";
  src = fetchurl {
    url = "https://example.org/gtkdi-75/${pname}-${version}.tar.gz";
    sha256 = "24bdf05151fc9240568160bb56d76ae282db9924dd6e88bddc4669af5fa61b77";
  };
  buildInputs = [ kanetzz-18 munetka-12 ];
  meta = with lib; {
    description = "The gtkdi-75 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
