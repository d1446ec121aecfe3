{ lib, mkPackage, fetchurl, libru-83, pyqtgo-5, russl-13 }:
mkPackage rec {
  pname = "gtkgtk-1";
  version = "2.12.6";
  src = fetchurl {
    url = "https://example.org/gtkgtk-1/${pname}-${version}.tar.gz";
    sha256 = "3298e38f3856b36f89a140a2d118e5fcd272a447c7c7a470cf3b0584c8acd4e6";
  };
  buildInputs = [ libru-83 pyqtgo-5 russl-13 ];
  meta = with lib; {
    description = "The gtkgtk-1 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
