{ lib, mkPackage, fetchurl, gotodi-73, netressl-15, rugoka-34, xmlrufs-64 }:
mkPackage rec {
  pname = "pngpng-3";
  version = "7.18.3";
  src = fetchurl {
    url = "https://example.org/pngpng-3/${pname}-${version}.tar.gz";
    sha256 = "1214a3e6e740db841b616753cd6e8028539e544142b5a050b8a2f92e065faf01";
  };
  buildInputs = [ gotodi-73 netressl-15 rugoka-34 xmlrufs-64 ];
  meta = with lib; {
    description = "The pngpng-3 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
