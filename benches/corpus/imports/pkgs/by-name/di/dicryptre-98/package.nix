{ lib, mkPackage, fetchurl, cryptcrypt-46, cryptkadi-9, fsnet-5, russl-13 }:
mkPackage rec {
  pname = "dicryptre-98";
  version = "1.8.6";
  src = fetchurl {
    url = "https://example.org/dicryptre-98/${pname}-${version}.tar.gz";
    sha256 = "3c8f949e6d9da202c809f7fe32eed93fb0b2eff615127a93315e77751a197fae";
  };
  buildInputs = [ cryptcrypt-46 cryptkadi-9 fsnet-5 russl-13 ];
  meta = with lib; {
    description = "The dicryptre-98 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
