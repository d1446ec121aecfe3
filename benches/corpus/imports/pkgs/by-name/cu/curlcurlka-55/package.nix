{ lib, mkPackage, fetchurl, gtkcryptqt-33, kapng-53, netre-59, regtkgtk-67 }:
mkPackage rec {
  pname = "curlcurlka-55";
  version = "5.12.3";
  src = fetchurl {
    url = "https://example.org/curlcurlka-55/${pname}-${version}.tar.gz";
    sha256 = "ab38e8f434549a97b57098d202dd3826b552e10f2dcf7d01a0f8412b2d202fc0";
  };
  buildInputs = [ gtkcryptqt-33 kapng-53 netre-59 regtkgtk-67 ];
  meta = with lib; {
    description = "The curlcurlka-55 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
