{ lib, mkPackage, fetchurl, fscurl-37, gtkcryptqt-33, munetka-12 }:
mkPackage rec {
  pname = "pycurlnet-9";
  version = "0.14.2";
  src = fetchurl {
    url = "https://example.org/pycurlnet-9/${pname}-${version}.tar.gz";
    sha256 = "3b7d2b5f030b72f6625c7eec8ff159ad3a59ba6c0de8ff57eb3ad28429f614e5";
  };
  buildInputs = [ fscurl-37 gtkcryptqt-33 munetka-12 ];
  meta = with lib; {
    description = "The pycurlnet-9 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
