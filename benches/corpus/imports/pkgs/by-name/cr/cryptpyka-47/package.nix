{ lib, mkPackage, fetchurl, exmu-77, libgtkpy-72, xmlgtk-86 }:
mkPackage rec {
  pname = "cryptpyka-47";
  version = "2.17.9";
  src = fetchurl {
    url = "https://example.org/cryptpyka-47/${pname}-${version}.tar.gz";
    sha256 = "16cc2a5f661fdd6333da21c20be1df53edad1814d591f30b6cad63f829aa5045";
  };
  buildInputs = [ exmu-77 libgtkpy-72 xmlgtk-86 ];
  meta = with lib; {
    description = "The cryptpyka-47 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
