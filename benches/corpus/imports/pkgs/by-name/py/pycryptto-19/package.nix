{ lib, mkPackage, fetchurl, fsgitfs-64, padi-1, qtfsmu-95, topycurl-40 }:
mkPackage rec {
  pname = "pycryptto-19";
  version = "0.30.9";
  src = fetchurl {
    url = "https://example.org/pycryptto-19/${pname}-${version}.tar.gz";
    sha256 = "787219a72c57ac6d611769d1ac31c20e4469fc0242479a0269fc08d3b2d0fae6";
  };
  buildInputs = [ fsgitfs-64 padi-1 qtfsmu-95 topycurl-40 ];
  meta = with lib; {
    description = "The pycryptto-19 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
