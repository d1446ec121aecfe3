{ lib, mkPackage, fetchurl, gotodi-73, mure-87, netex-94, pngpngcrypt-1 }:
mkPackage rec {
  pname = "fsssllib-20";
  version = "5.5.3";
  src = fetchurl {
    url = "https://example.org/fsssllib-20/${pname}-${version}.tar.gz";
    sha256 = "8e97f00f5f4db19d20a6b98b40287159b518d3af20e8d56203ca4ff44bedeb6e";
  };
  buildInputs = [ gotodi-73 mure-87 netex-94 pngpngcrypt-1 ];
  meta = with lib; {
    description = "The fsssllib-20 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
