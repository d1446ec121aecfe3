{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "tozz-62";
  version = "7.15.1";
  src = fetchurl {
    url = "https://example.org/tozz-62/${pname}-${version}.tar.gz";
    sha256 = "af6fb2e33fceea591da200bf6094b6853ea29503dd6c5ac8e74783139836663b";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The tozz-62 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
