{ lib, mkPackage, fetchurl, zzcurlto-72, zzpngre-90 }:
mkPackage rec {
  pname = "pngcrypt-85";
  version = "5.30.6";
  src = fetchurl {
    url = "https://example.org/pngcrypt-85/${pname}-${version}.tar.gz";
    sha256 = "a521d541757baae0301888ff88f770eabe64ca73bcdeb0d0e07924d465d530c7";
  };
  buildInputs = [ zzcurlto-72 zzpngre-90 ];
  meta = with lib; {
    description = "The pngcrypt-85 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
