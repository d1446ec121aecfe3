{ lib, mkPackage, fetchurl, curlexcrypt-22, libzz-35, netpare-75 }:
mkPackage rec {
  pname = "gitcurlqt-88";
  version = "6.18.6";
  src = fetchurl {
    url = "https://example.org/gitcurlqt-88/${pname}-${version}.tar.gz";
    sha256 = "10f5cac2fb8e4ae31a60aac06de12db13a6745e44fa2eb80aa326469476f2a65";
  };
  buildInputs = [ curlexcrypt-22 libzz-35 netpare-75 ];
  meta = with lib; {
    description = "The gitcurlqt-88 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
