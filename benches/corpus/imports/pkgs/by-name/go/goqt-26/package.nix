{ lib, mkPackage, fetchurl, pngsslcrypt-2 }:
mkPackage rec {
  pname = "goqt-26";
  version = "6.9.3";
  src = fetchurl {
    url = "https://example.org/goqt-26/${pname}-${version}.tar.gz";
    sha256 = "34cc47bf2595893bce530efa603cf052f923eec067307bd2c116f26e3e8d2450";
  };
  buildInputs = [ pngsslcrypt-2 ];
  meta = with lib; {
    description = "The goqt-26 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
