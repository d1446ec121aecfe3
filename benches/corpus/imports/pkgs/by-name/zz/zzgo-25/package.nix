{ lib, mkPackage, fetchurl, exmu-77, kasslcrypt-82, paxmlcrypt-9, remupa-15 }:
mkPackage rec {
  pname = "zzgo-25";
  version = "5.7.2";
  src = fetchurl {
    url = "https://example.org/zzgo-25/${pname}-${version}.tar.gz";
    sha256 = "83bd979bb4e63a445168f319bad06dba55520d26eba158b518b86aac82d423eb";
  };
  buildInputs = [ exmu-77 kasslcrypt-82 paxmlcrypt-9 remupa-15 ];
  meta = with lib; {
    description = "The zzgo-25 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
