{ lib, mkPackage, fetchurl, padi-1, renet-30 }:
mkPackage rec {
  pname = "xmlto-4";
  version = "5.19.7";
  src = fetchurl {
    url = "https://example.org/xmlto-4/${pname}-${version}.tar.gz";
    sha256 = "8144cf57148041527bbed489ab52351d003274a2738cdabbc56659aa283340ac";
  };
  buildInputs = [ padi-1 renet-30 ];
  meta = with lib; {
    description = "The xmlto-4 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
