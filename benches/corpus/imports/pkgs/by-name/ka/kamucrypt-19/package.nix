{ lib, mkPackage, fetchurl, cryptcrypt-46, curlxmlex-91, liblib-50, pnggitpa-6 }:
mkPackage rec {
  pname = "kamucrypt-19";
  version = "2.4.8";
  src = fetchurl {
    url = "https://example.org/kamucrypt-19/${pname}-${version}.tar.gz";
    sha256 = "6cefb1b94744e65f6598919bc03facc843df0715c215996d395d54898fbb428b";
  };
  buildInputs = [ cryptcrypt-46 curlxmlex-91 liblib-50 pnggitpa-6 ];
  meta = with lib; {
    description = "The kamucrypt-19 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
