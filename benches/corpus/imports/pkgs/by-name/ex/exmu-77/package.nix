{ lib, mkPackage, fetchurl, cryptlib-95, netmuxml-20, xmlgtk-86 }:
mkPackage rec {
  pname = "exmu-77";
  version = "6.0.0";
  src = fetchurl {
    url = "https://example.org/exmu-77/${pname}-${version}.tar.gz";
    sha256 = "2e6fc66088316b639ba4d1276c412bf7de6199cb5d6c14cd6e73f50a7bd2be8b";
  };
  buildInputs = [ cryptlib-95 netmuxml-20 xmlgtk-86 ];
  meta = with lib; {
    description = "The exmu-77 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
