{ lib, mkPackage, fetchurl, pyexto-44 }:
mkPackage rec {
  pname = "runetssl-13";
  version = "0.24.6";
  src = fetchurl {
    url = "https://example.org/runetssl-13/${pname}-${version}.tar.gz";
    sha256 = "588bf255d2ab588d34a670f6f93ac988ad504bc3ce833f6104cbb5161606cd73";
  };
  buildInputs = [ pyexto-44 ];
  meta = with lib; {
    description = "The runetssl-13 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
