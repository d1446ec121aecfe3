{ lib, mkPackage, fetchurl, dipato-8, palibqt-34, xmlmupy-5 }:
mkPackage rec {
  pname = "pyqt-49";
  version = "4.18.0";
  src = fetchurl {
    url = "https://example.org/pyqt-49/${pname}-${version}.tar.gz";
    sha256 = "aea65679c3e94d864e13211c61d8fd2805b426af730ba3f6191eb2b30f300e2d";
  };
  buildInputs = [ dipato-8 palibqt-34 xmlmupy-5 ];
  meta = with lib; {
    description = "The pyqt-49 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
