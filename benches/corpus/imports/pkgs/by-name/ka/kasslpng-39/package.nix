{ lib, mkPackage, fetchurl, libzz-35, netnet-68, pngpyre-76 }:
mkPackage rec {
  pname = "kasslpng-39";
  version = "0.26.7";
  src = fetchurl {
    url = "https://example.org/kasslpng-39/${pname}-${version}.tar.gz";
    sha256 = "06d1c2678d99942822f4c9953d6b5b7443155b182fa2a8beb6c931dff2c3270c";
  };
  buildInputs = [ libzz-35 netnet-68 pngpyre-76 ];
  meta = with lib; {
    description = "The kasslpng-39 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
