{ lib, mkPackage, fetchurl, curlpy-93, sslcurlpy-68 }:
mkPackage rec {
  pname = "libnetgo-7";
  version = "8.6.7";
  src = fetchurl {
    url = "https://example.org/libnetgo-7/${pname}-${version}.tar.gz";
    sha256 = "0dd7b52dad4a1ef7efd38b7eb5c17736611487e25c8a57c00f7ac157883a7a10";
  };
  buildInputs = [ curlpy-93 sslcurlpy-68 ];
  meta = with lib; {
    description = "The libnetgo-7 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
