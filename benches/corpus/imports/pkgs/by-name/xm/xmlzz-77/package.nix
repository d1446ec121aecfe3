{ lib, mkPackage, fetchurl, gtkcurl-50, topycurl-40 }:
mkPackage rec {
  pname = "xmlzz-77";
  version = "4.24.6";
  src = fetchurl {
    url = "https://example.org/xmlzz-77/${pname}-${version}.tar.gz";
    sha256 = "1334f0f3a53b1894a7a6a4183d09475271f1d6fc4f2775cd783738d22d0a4c63";
  };
  buildInputs = [ gtkcurl-50 topycurl-40 ];
  meta = with lib; {
    description = "The xmlzz-77 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
