{ lib, mkPackage, fetchurl, gitzz-74, gtkcrypt-66, tokafs-84 }:
mkPackage rec {
  pname = "libpaex-19";
  version = "9.4.3";
  src = fetchurl {
    url = "https://example.org/libpaex-19/${pname}-${version}.tar.gz";
    sha256 = "5c19e50516295851f54f9b429880ac58e0de5f60b0ca1223ad44c8029782fac6";
  };
  buildInputs = [ gitzz-74 gtkcrypt-66 tokafs-84 ];
  meta = with lib; {
    description = "The libpaex-19 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
