{ lib, mkPackage, fetchurl, cryptpalib-67, gtkfsxml-4, gtkssl-43, netre-59 }:
mkPackage rec {
  pname = "mudi-0";
  version = "1.1.5";
  src = fetchurl {
    url = "https://example.org/mudi-0/${pname}-${version}.tar.gz";
    sha256 = "f96201a5ae26d5512a71e9f65f0d5de01f52dcfd514d819882c6db2262c884f3";
  };
  buildInputs = [ cryptpalib-67 gtkfsxml-4 gtkssl-43 netre-59 ];
  meta = with lib; {
    description = "The mudi-0 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
