{ lib, mkPackage, fetchurl, curlexto-98, exrepa-27 }:
mkPackage rec {
  pname = "gitpa-21";
  version = "3.30.3";
  src = fetchurl {
    url = "https://example.org/gitpa-21/${pname}-${version}.tar.gz";
    sha256 = "7e1b5d9d8752631640c4540b9d7701c709ab9697e2a70443077fc13b92fe59eb";
  };
  buildInputs = [ curlexto-98 exrepa-27 ];
  meta = with lib; {
    description = "The gitpa-21 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
