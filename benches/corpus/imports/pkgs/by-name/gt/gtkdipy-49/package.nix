{ lib, mkPackage, fetchurl, gitzz-74, sslcurlpy-68 }:
mkPackage rec {
  pname = "gtkdipy-49";
  version = "6.13.7";
  src = fetchurl {
    url = "https://example.org/gtkdipy-49/${pname}-${version}.tar.gz";
    sha256 = "0191c49bebe7dd8078a2681e73c27ebb85bf8bf53d3136edef256e49108a702f";
  };
  buildInputs = [ gitzz-74 sslcurlpy-68 ];
  meta = with lib; {
    description = "The gtkdipy-49 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
