{ lib, mkPackage, fetchurl, curlpa-48, dipngex-57, pazz-13, xmlfspng-8 }:
mkPackage rec {
  pname = "exmu-29";
  version = "3.23.3";
  src = fetchurl {
    url = "https://example.org/exmu-29/${pname}-${version}.tar.gz";
    sha256 = "7735c8d65f298c3c969064428e4a47d7c58850611f1383e24ab4947bc561d6d3";
  };
  buildInputs = [ curlpa-48 dipngex-57 pazz-13 xmlfspng-8 ];
  meta = with lib; {
    description = "The exmu-29 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
