{ lib, mkPackage, fetchurl, sslgtkdi-68 }:
mkPackage rec {
  pname = "curlcurlzz-73";
  version = "4.9.4";
  src = fetchurl {
    url = "https://example.org/curlcurlzz-73/${pname}-${version}.tar.gz";
    sha256 = "d4305b6b29423015a4511ee0963a3c957104af25e6fe00d8a389a17d062ad3b2";
  };
  buildInputs = [ sslgtkdi-68 ];
  meta = with lib; {
    description = "The curlcurlzz-73 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
