{ lib, mkPackage, fetchurl, cryptssl-25, curlcrypt-98, gtkcryptqt-33, papngpa-60 }:
mkPackage rec {
  pname = "qtpa-76";
  version = "0.1.3";
  src = fetchurl {
    url = "https://example.org/qtpa-76/${pname}-${version}.tar.gz";
    sha256 = "6343b4b80b0a8f8a066bc2cd8fc57de1c590c7e26056c28b7c6c10b98216f042";
  };
  buildInputs = [ cryptssl-25 curlcrypt-98 gtkcryptqt-33 papngpa-60 ];
  meta = with lib; {
    description = "The qtpa-76 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
