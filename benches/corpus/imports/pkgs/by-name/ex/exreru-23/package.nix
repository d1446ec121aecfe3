{ lib, mkPackage, fetchurl, expa-45, fstolib-50, gtkmuto-88, resslka-79 }:
mkPackage rec {
  pname = "exreru-23";
  version = "9.4.4";
  src = fetchurl {
    url = "https://example.org/exreru-23/${pname}-${version}.tar.gz";
    sha256 = "828e564f1b7e23c205872ab4ba14db823ffe40384f1c5beca7946f2ca94c29a9";
  };
  buildInputs = [ expa-45 fstolib-50 gtkmuto-88 resslka-79 ];
  meta = with lib; {
    description = "The exreru-23 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
