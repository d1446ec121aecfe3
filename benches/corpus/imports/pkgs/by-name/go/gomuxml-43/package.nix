{ lib, mkPackage, fetchurl, kapng-53, libnetpng-21, muressl-26, xmlrezz-76 }:
mkPackage rec {
  pname = "gomuxml-43";
  version = "6.25.4";
  src = fetchurl {
    url = "https://example.org/gomuxml-43/${pname}-${version}.tar.gz";
    sha256 = "736648ebb725a4e3f35782b614e5a97b9471d9c62f49759a860f5de931b85edb";
  };
  buildInputs = [ kapng-53 libnetpng-21 muressl-26 xmlrezz-76 ];
  meta = with lib; {
    description = "The gomuxml-43 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
