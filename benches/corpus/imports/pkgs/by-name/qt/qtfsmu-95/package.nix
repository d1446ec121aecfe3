{ lib, mkPackage, fetchurl, kagit-79, sslcurlpy-68, sslnet-89 }:
mkPackage rec {
  pname = "qtfsmu-95";
  version = "2.8.2";
  src = fetchurl {
    url = "https://example.org/qtfsmu-95/${pname}-${version}.tar.gz";
    sha256 = "00688e37beb6698fb38a71233deb8e24a4f3e851fbb88bfc17a781f1a0081a77";
  };
  buildInputs = [ kagit-79 sslcurlpy-68 sslnet-89 ];
  meta = with lib; {
    description = "The qtfsmu-95 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
