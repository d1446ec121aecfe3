{ lib, mkPackage, fetchurl, libxmlto-58, qtmu-10, tokafs-84, zzcrypt-34 }:
mkPackage rec {
  pname = "palibpy-92";
  version = "4.12.6";
  src = fetchurl {
    url = "https://example.org/palibpy-92/${pname}-${version}.tar.gz";
    sha256 = "9acebb9dda41f74ea18452e7e91007106bfb2b8c960cba243b8424bda2f943fe";
  };
  buildInputs = [ libxmlto-58 qtmu-10 tokafs-84 zzcrypt-34 ];
  meta = with lib; {
    description = "The palibpy-92 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
