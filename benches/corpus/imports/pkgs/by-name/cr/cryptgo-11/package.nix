{ lib, mkPackage, fetchurl, exgit-82, kalibxml-29, zzcrypt-93 }:
mkPackage rec {
  pname = "cryptgo-11";
  version = "0.2.2";
  src = fetchurl {
    url = "https://example.org/cryptgo-11/${pname}-${version}.tar.gz";
    sha256 = "ea0e256237a93ae107d0e3cde8eaa3a0439e7415be3b29d64ebfdbe539869e6f";
  };
  buildInputs = [ exgit-82 kalibxml-29 zzcrypt-93 ];
  meta = with lib; {
    description = "The cryptgo-11 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
