{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "curlexre-28";
  version = "4.30.8";
  src = fetchurl {
    url = "https://example.org/curlexre-28/${pname}-${version}.tar.gz";
    sha256 = "7d7b6e57aac910384f537249a10bdf1414402b6f99003d30cb51ac12cf7c6e34";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The curlexre-28 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
