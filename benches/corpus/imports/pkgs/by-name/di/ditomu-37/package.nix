{ lib, mkPackage, fetchurl, pngpyre-76, zzpngre-90 }:
mkPackage rec {
  pname = "ditomu-37";
  version = "7.24.0";
  src = fetchurl {
    url = "https://example.org/ditomu-37/${pname}-${version}.tar.gz";
    sha256 = "518fb11f3f58f09cdfe1f7e2f99bd07c52d82fe4d0d1370dd0df868fd1973930";
  };
  buildInputs = [ pngpyre-76 zzpngre-90 ];
  meta = with lib; {
    description = "The ditomu-37 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
