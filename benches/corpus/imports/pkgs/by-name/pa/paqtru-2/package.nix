{ lib, mkPackage, fetchurl, curlpy-23, gotodi-73 }:
mkPackage rec {
  pname = "paqtru-2";
  version = "7.22.5";
  src = fetchurl {
    url = "https://example.org/paqtru-2/${pname}-${version}.tar.gz";
    sha256 = "78026e16445c626bb5c34aaee08964bdaadb6186f6a6deacddcb69f7a7583f83";
  };
  buildInputs = [ curlpy-23 gotodi-73 ];
  meta = with lib; {
    description = "The paqtru-2 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
