{ lib, mkPackage, fetchurl, ditomu-37 }:
mkPackage rec {
  pname = "ssldi-79";
  version = "1.21.2";
  src = fetchurl {
    url = "https://example.org/ssldi-79/${pname}-${version}.tar.gz";
    sha256 = "254298f8cd0c3cfd236ee445a87fb1cd3abe900054cd2b8b2e422b803fd9db65";
  };
  buildInputs = [ ditomu-37 ];
  meta = with lib; {
    description = "The ssldi-79 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
