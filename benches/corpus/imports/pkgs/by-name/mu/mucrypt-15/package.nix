{ lib, mkPackage, fetchurl, gtkfsxml-4, libcurl-72, libtoex-14, zzgo-98 }:
mkPackage rec {
  pname = "mucrypt-15";
  version = "6.16.7";
  src = fetchurl {
    url = "https://example.org/mucrypt-15/${pname}-${version}.tar.gz";
    sha256 = "b6748a1dd9d1d2b256c2b1283c326c2ff82ceca1ca27a91d6b85a58ab93d0d76";
  };
  buildInputs = [ gtkfsxml-4 libcurl-72 libtoex-14 zzgo-98 ];
  meta = with lib; {
    description = "The mucrypt-15 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
