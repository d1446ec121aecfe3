{ lib, mkPackage, fetchurl, gitrenet-75, pypnglib-96 }:
mkPackage rec {
  pname = "papymu-41";
  version = "4.29.4";
  src = fetchurl {
    url = "https://example.org/papymu-41/${pname}-${version}.tar.gz";
    sha256 = "515fc20d089543bf66bc301f420cb6ce58a332f84f744f9c2e5f8d3b55d3fc3e";
  };
  buildInputs = [ gitrenet-75 pypnglib-96 ];
  meta = with lib; {
    description = "The papymu-41 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
