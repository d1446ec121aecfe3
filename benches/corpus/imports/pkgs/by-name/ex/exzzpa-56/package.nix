{ lib, mkPackage, fetchurl, gitcurlqt-88 }:
mkPackage rec {
  pname = "exzzpa-56";
  version = "2.19.9";
  src = fetchurl {
    url = "https://example.org/exzzpa-56/${pname}-${version}.tar.gz";
    sha256 = "d1636e97cbe0f93cbc0d8ac5408ebe9369866436a3fe5845cd3b64be3ad9a4c7";
  };
  buildInputs = [ gitcurlqt-88 ];
  meta = with lib; {
    description = "The exzzpa-56 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
