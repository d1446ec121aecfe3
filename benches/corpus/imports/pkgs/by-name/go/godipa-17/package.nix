{ lib, mkPackage, fetchurl, netgtk-4, regtk-37 }:
mkPackage rec {
  pname = "godipa-17";
  version = "5.13.4";
  src = fetchurl {
    url = "https://example.org/godipa-17/${pname}-${version}.tar.gz";
    sha256 = "ca52f91b2fb4c43977b8453b505e10e17dfbb571202edcb46e1ecef2577531c6";
  };
  buildInputs = [ netgtk-4 regtk-37 ];
  meta = with lib; {
    description = "The godipa-17 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
