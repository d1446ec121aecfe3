{ lib, mkPackage, fetchurl, gitrenet-75, pngcrypt-85, rupa-14, sslka-84 }:
mkPackage rec {
  pname = "paex-88";
  version = "5.11.0";
  src = fetchurl {
    url = "https://example.org/paex-88/${pname}-${version}.tar.gz";
    sha256 = "91ab8488b400ec044b6d8c0c9d3027a8b6913194c8f06009168d83f27b2c606a";
  };
  buildInputs = [ gitrenet-75 pngcrypt-85 rupa-14 sslka-84 ];
  meta = with lib; {
    description = "The paex-88 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
