{ lib, mkPackage, fetchurl, fscurl-37, netcurllib-8, rugoqt-11, zzcurlto-72 }:
mkPackage rec {
  pname = "zzcrypt-34";
  version = "3.7.3";
  src = fetchurl {
    url = "https://example.org/zzcrypt-34/${pname}-${version}.tar.gz";
    sha256 = "41ffd57aa2dc483ad80523dd91d409f101f791ad8a103aabeda2375ce6f8d51d";
  };
  buildInputs = [ fscurl-37 netcurllib-8 rugoqt-11 zzcurlto-72 ];
  meta = with lib; {
    description = "The zzcrypt-34 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
