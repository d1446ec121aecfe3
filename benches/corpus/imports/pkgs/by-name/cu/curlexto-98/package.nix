{ lib, mkPackage, fetchurl, sslnet-25 }:
mkPackage rec {
  pname = "curlexto-98";
  version = "6.30.9";
  src = fetchurl {
    url = "https://example.org/curlexto-98/${pname}-${version}.tar.gz";
    sha256 = "640033bf3a894804b59afa347a8a72865eac9ab33076b93023eb30ececb5cdf4";
  };
  buildInputs = [ sslnet-25 ];
  meta = with lib; {
    description = "The curlexto-98 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
