{ lib, mkPackage, fetchurl, cryptlib-95, mucrypt-15 }:
mkPackage rec {
  pname = "exex-11";
  version = "0.21.0";
  src = fetchurl {
    url = "https://example.org/exex-11/${pname}-${version}.tar.gz";
    sha256 = "090686afa5172c72f0cfc5d02044193e8565db8c0cf81d5f713f908b13cfad22";
  };
  buildInputs = [ cryptlib-95 mucrypt-15 ];
  meta = with lib; {
    description = "The exex-11 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
