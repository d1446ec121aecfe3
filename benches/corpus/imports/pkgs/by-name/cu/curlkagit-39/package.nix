{ lib, mkPackage, fetchurl, fsnet-5, gitrenet-75, refsgo-89, tocryptcrypt-63 }:
mkPackage rec {
  pname = "curlkagit-39";
  version = "0.11.3";
  src = fetchurl {
    url = "https://example.org/curlkagit-39/${pname}-${version}.tar.gz";
    sha256 = "42209b9aba5ab7f310d353f071e851ff3d110ca7af5cd5d77bda584fa5d9a375";
  };
  buildInputs = [ fsnet-5 gitrenet-75 refsgo-89 tocryptcrypt-63 ];
  meta = with lib; {
    description = "The curlkagit-39 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
