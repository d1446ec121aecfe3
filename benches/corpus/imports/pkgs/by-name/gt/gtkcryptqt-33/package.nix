{ lib, mkPackage, fetchurl, sslnet-89, zzcurlto-72 }:
mkPackage rec {
  pname = "gtkcryptqt-33";
  version = "4.14.7";
  src = fetchurl {
    url = "https://example.org/gtkcryptqt-33/${pname}-${version}.tar.gz";
    sha256 = "9caccd346207f845dc38a46bf67d8f7f6f4ff6c28d1c4e0d1999148ea68d29c1";
  };
  buildInputs = [ sslnet-89 zzcurlto-72 ];
  meta = with lib; {
    description = "The gtkcryptqt-33 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
