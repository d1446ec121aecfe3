{ lib, mkPackage, fetchurl, liblib-50, sslxmlmu-74, topa-3 }:
mkPackage rec {
  pname = "mure-87";
  version = "3.20.3";
  src = fetchurl {
    url = "https://example.org/mure-87/${pname}-${version}.tar.gz";
    sha256 = "9d14298caef47d871589581f4a2f05a57965d142c7f3871abc6a29ea06863503";
  };
  buildInputs = [ liblib-50 sslxmlmu-74 topa-3 ];
  meta = with lib; {
    description = "The mure-87 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
