{ lib, mkPackage, fetchurl, curlcrypt-51, gitdi-46, gofsgo-3, kassl-91 }:
mkPackage rec {
  pname = "kapa-57";
  version = "7.11.9";
  src = fetchurl {
    url = "https://example.org/kapa-57/${pname}-${version}.tar.gz";
    sha256 = "8d40f01cd265d11f71a52dc73b26ce2ac9ab4057acede9d4696167219d22ef8d";
  };
  buildInputs = [ curlcrypt-51 gitdi-46 gofsgo-3 kassl-91 ];
  meta = with lib; {
    description = "The kapa-57 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
