{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "xmlpanet-97";
  version = "3.12.4";
  src = fetchurl {
    url = "https://example.org/xmlpanet-97/${pname}-${version}.tar.gz";
    sha256 = "7c919c8bf6bb88cf0101f628ca2a3d097e8ca55b334b76974e00954ce30fe77c";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The xmlpanet-97 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
