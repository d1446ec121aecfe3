{ lib, mkPackage, fetchurl, gitkafs-66, padi-1, recurlgo-22, sslxmlmu-74 }:
mkPackage rec {
  pname = "mucurl-75";
  version = "5.28.1";
  src = fetchurl {
    url = "https://example.org/mucurl-75/${pname}-${version}.tar.gz";
    sha256 = "1691b9bd2820805550621d8b4b8039a7dce8e5a2a8f14e46a95a877f395b1a62";
  };
  buildInputs = [ gitkafs-66 padi-1 recurlgo-22 sslxmlmu-74 ];
  meta = with lib; {
    description = "The mucurl-75 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
