{ lib, mkPackage, fetchurl, sslcurlpy-68 }:
mkPackage rec {
  pname = "fscurl-15";
  version = "5.13.8";
  src = fetchurl {
    url = "https://example.org/fscurl-15/${pname}-${version}.tar.gz";
    sha256 = "8d1ca5b7fa21cb37c74f8e0b02b4ac994b0fcc9f0e3a705e091b10fd9cbf2d47";
  };
  buildInputs = [ sslcurlpy-68 ];
  meta = with lib; {
    description = "The fscurl-15 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
