{ lib, mkPackage, fetchurl, curlpy-93 }:
mkPackage rec {
  pname = "libcurl-72";
  version = "0.23.8";
  src = fetchurl {
    url = "https://example.org/libcurl-72/${pname}-${version}.tar.gz";
    sha256 = "6917bc69a976ecb0acbd2b30926ec8be1f89e78115c22b8ffb3f2c1efeaa07b2";
  };
  buildInputs = [ curlpy-93 ];
  meta = with lib; {
    description = "The libcurl-72 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
