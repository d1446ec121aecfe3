{ lib, mkPackage, fetchurl, cryptxmlpng-3, paqt-95 }:
mkPackage rec {
  pname = "zzdi-46";
  version = "5.1.8";
  src = fetchurl {
    url = "https://example.org/zzdi-46/${pname}-${version}.tar.gz";
    sha256 = "29cc6ad65374df8ca94e15eb7f0c7a0da21bea6438fa2a3310fc0ab26b2fec22";
  };
  buildInputs = [ cryptxmlpng-3 paqt-95 ];
  meta = with lib; {
    description = "The zzdi-46 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
