{ lib, mkPackage, fetchurl, libto-96 }:
mkPackage rec {
  pname = "kagtk-49";
  version = "1.20.5";
  src = fetchurl {
    url = "https://example.org/kagtk-49/${pname}-${version}.tar.gz";
    sha256 = "949402f66bb1b7b16e1cf8d99baac51db011b5de7716f8de83769ab894e8bf0a";
  };
  buildInputs = [ libto-96 ];
  meta = with lib; {
    description = "The kagtk-49 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
