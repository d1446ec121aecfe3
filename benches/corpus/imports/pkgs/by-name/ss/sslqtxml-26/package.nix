{ lib, mkPackage, fetchurl, godilib-91, regoka-22, rugoqt-11, sslcurlpy-68 }:
mkPackage rec {
  pname = "sslqtxml-26";
  version = "2.14.4";
  src = fetchurl {
    url = "https://example.org/sslqtxml-26/${pname}-${version}.tar.gz";
    sha256 = "46e21aed43583099a40b9e08e61610c5766ba53d8160eb3f50933fccb91b5cf6";
  };
  buildInputs = [ godilib-91 regoka-22 rugoqt-11 sslcurlpy-68 ];
  meta = with lib; {
    description = "The sslqtxml-26 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
