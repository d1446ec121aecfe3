{ lib, mkPackage, fetchurl, exru-39, sslzz-56 }:
mkPackage rec {
  pname = "gtkqtre-57";
  version = "9.25.6";
  src = fetchurl {
    url = "https://example.org/gtkqtre-57/${pname}-${version}.tar.gz";
    sha256 = "9f0be90c10937f1d73ad341cbdd7125289bda37edc5747f12e26c8d916f3077a";
  };
  buildInputs = [ exru-39 sslzz-56 ];
  meta = with lib; {
    description = "The gtkqtre-57 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
