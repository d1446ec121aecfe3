{ lib, mkPackage, fetchurl, dipngex-57, pycrypt-77, xmlpanet-97 }:
mkPackage rec {
  pname = "cryptmu-96";
  version = "8.0.4";
  src = fetchurl {
    url = "https://example.org/cryptmu-96/${pname}-${version}.tar.gz";
    sha256 = "b9185eb6e3d621b3c739a29460b7251867c7a1fe4d734573fb94d31ab15a60dc";
  };
  buildInputs = [ dipngex-57 pycrypt-77 xmlpanet-97 ];
  meta = with lib; {
    description = "The cryptmu-96 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
