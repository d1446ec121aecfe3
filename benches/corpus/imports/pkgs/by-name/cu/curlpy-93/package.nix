{ lib, mkPackage, fetchurl, kanetzz-18, sslcurlpy-68 }:
mkPackage rec {
  pname = "curlpy-93";
  version = "1.1.7";
  src = fetchurl {
    url = "https://example.org/curlpy-93/${pname}-${version}.tar.gz";
    sha256 = "8a462a510883f42a2304b3a038571115d4b69cde418635bf475d8f5d541f0299";
  };
  buildInputs = [ kanetzz-18 sslcurlpy-68 ];
  meta = with lib; {
    description = "The curlpy-93 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
