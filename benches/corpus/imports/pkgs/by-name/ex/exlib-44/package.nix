{ lib, mkPackage, fetchurl, cryptzzcrypt-29, exreru-23, exzzgo-32, libnetpng-21 }:
mkPackage rec {
  pname = "exlib-44";
  version = "7.13.0";
  src = fetchurl {
    url = "https://example.org/exlib-44/${pname}-${version}.tar.gz";
    sha256 = "853e3035fcdbda243fc7f193cf0dd428c08754b6ed7200642dba48a8f7a9417b";
  };
  buildInputs = [ cryptzzcrypt-29 exreru-23 exzzgo-32 libnetpng-21 ];
  meta = with lib; {
    description = "The exlib-44 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
