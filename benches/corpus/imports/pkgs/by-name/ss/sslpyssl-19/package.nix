{ lib, mkPackage, fetchurl, cryptgo-45, curlcurlzz-73, liblib-50, pngpalib-84 }:
mkPackage rec {
  pname = "sslpyssl-19";
  version = "5.16.2";
  src = fetchurl {
    url = "https://example.org/sslpyssl-19/${pname}-${version}.tar.gz";
    sha256 = "82001aa5ca8a1f8ed91e4831a2983b7cd2b147fc0cebb6255dcf7c4bb3efa83d";
  };
  buildInputs = [ cryptgo-45 curlcurlzz-73 liblib-50 pngpalib-84 ];
  meta = with lib; {
    description = "The sslpyssl-19 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
