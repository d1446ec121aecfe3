{ lib, mkPackage, fetchurl, diexdi-98, regtkgtk-67 }:
mkPackage rec {
  pname = "xmlgo-62";
  version = "0.14.2";
  src = fetchurl {
    url = "https://example.org/xmlgo-62/${pname}-${version}.tar.gz";
    sha256 = "ad31e77d52699f50d0d7d8f34f99f9c40782d704ae7b241fe90123e3dfb8b15a";
  };
  buildInputs = [ diexdi-98 regtkgtk-67 ];
  meta = with lib; {
    description = "The xmlgo-62 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
