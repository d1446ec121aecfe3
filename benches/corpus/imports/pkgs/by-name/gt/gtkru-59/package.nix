{ lib, mkPackage, fetchurl, gtkmuto-88 }:
mkPackage rec {
  pname = "gtkru-59";
  version = "9.23.1";
  src = fetchurl {
    url = "https://example.org/gtkru-59/${pname}-${version}.tar.gz";
    sha256 = "153f8ef7b758d04c69262dae9f74299d98f11913193404690282ec6f4115f6b7";
  };
  buildInputs = [ gtkmuto-88 ];
  meta = with lib; {
    description = "The gtkru-59 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
