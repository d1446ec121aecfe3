{ lib, mkPackage, fetchurl, curlpy-23, pyto-16, xmldiex-24 }:
mkPackage rec {
  pname = "tocrypt-51";
  version = "7.16.7";
  src = fetchurl {
    url = "https://example.org/tocrypt-51/${pname}-${version}.tar.gz";
    sha256 = "4934a804da6dbabbf4bd6a4d2a474edd63f509ebac19dff3d4bce993a20394ec";
  };
  buildInputs = [ curlpy-23 pyto-16 xmldiex-24 ];
  meta = with lib; {
    description = "The tocrypt-51 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
