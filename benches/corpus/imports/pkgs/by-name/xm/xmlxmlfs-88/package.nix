{ lib, mkPackage, fetchurl, cryptssl-67, gtkfsnet-51, rupa-68, xmlfspng-8 }:
mkPackage rec {
  pname = "xmlxmlfs-88";
  version = "3.18.4";
  src = fetchurl {
    url = "https://example.org/xmlxmlfs-88/${pname}-${version}.tar.gz";
    sha256 = "bcf2e8583cc56e2302a8f7da6a248b27b650cdf257cf613e1708dea743710a9c";
  };
  buildInputs = [ cryptssl-67 gtkfsnet-51 rupa-68 xmlfspng-8 ];
  meta = with lib; {
    description = "The xmlxmlfs-88 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
