{ lib, mkPackage, fetchurl, muressl-26, papngpa-60, pngpng-3, pngpngcrypt-1 }:
mkPackage rec {
  pname = "kadiqt-39";
  version = "5.9.8";
  src = fetchurl {
    url = "https://example.org/kadiqt-39/${pname}-${version}.tar.gz";
    sha256 = "2536f3f8cb3f626be5289ae06099b59c82f61aed0b826f393e84d120c1ebb196";
  };
  buildInputs = [ muressl-26 papngpa-60 pngpng-3 pngpngcrypt-1 ];
  meta = with lib; {
    description = "The kadiqt-39 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
