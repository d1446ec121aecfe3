{ lib, mkPackage, fetchurl, gtkdi-34, netnet-68 }:
mkPackage rec {
  pname = "gtkfsnet-51";
  version = "4.27.9";
  src = fetchurl {
    url = "https://example.org/gtkfsnet-51/${pname}-${version}.tar.gz";
    sha256 = "e24819a3b89d52df1aceca12b681ef9f1752369f570704c67bbbabf2434b25cd";
  };
  buildInputs = [ gtkdi-34 netnet-68 ];
  meta = with lib; {
    description = "The gtkfsnet-51 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
