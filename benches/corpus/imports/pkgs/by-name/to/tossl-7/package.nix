{ lib, mkPackage, fetchurl, pacurlre-22, pngrudi-84, zzgo-98, zzru-73 }:
mkPackage rec {
  pname = "tossl-7";
  version = "4.13.7";
  src = fetchurl {
    url = "https://example.org/tossl-7/${pname}-${version}.tar.gz";
    sha256 = "0ae76dd5deb7a3e6fb77f9ead9499b2975d2ea00f079773500f2cbc9eff40b74";
  };
  buildInputs = [ pacurlre-22 pngrudi-84 zzgo-98 zzru-73 ];
  meta = with lib; {
    description = "The tossl-7 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
