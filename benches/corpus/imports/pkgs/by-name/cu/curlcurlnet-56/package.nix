{ lib, mkPackage, fetchurl, qtdi-30 }:
mkPackage rec {
  pname = "curlcurlnet-56";
  version = "4.24.9";
  src = fetchurl {
    url = "https://example.org/curlcurlnet-56/${pname}-${version}.tar.gz";
    sha256 = "70ab581ce5d8836297f80b6a4ed728828db273fd37e8963e3219348fab904a2b";
  };
  buildInputs = [ qtdi-30 ];
  meta = with lib; {
    description = "The curlcurlnet-56 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
