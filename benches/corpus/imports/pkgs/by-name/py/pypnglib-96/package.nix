{ lib, mkPackage, fetchurl, exmu-77, expapng-49, gopy-31, xmlpanet-97 }:
mkPackage rec {
  pname = "pypnglib-96";
  version = "9.6.0";
  src = fetchurl {
    url = "https://example.org/pypnglib-96/${pname}-${version}.tar.gz";
    sha256 = "b9ae581a513bc17bbd3aa8c6e6351c1c6577b1ce153205bb5510862b71721805";
  };
  buildInputs = [ exmu-77 expapng-49 gopy-31 xmlpanet-97 ];
  meta = with lib; {
    description = "The pypnglib-96 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
