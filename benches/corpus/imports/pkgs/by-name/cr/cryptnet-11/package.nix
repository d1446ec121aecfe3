{ lib, mkPackage, fetchurl, mussl-42, pngpyre-76, ruex-40 }:
mkPackage rec {
  pname = "cryptnet-11";
  version = "4.21.4";
  src = fetchurl {
    url = "https://example.org/cryptnet-11/${pname}-${version}.tar.gz";
    sha256 = "2970375ef8a1efbdf58dcad7e8ab6a4996add81bd8c779f1db3bb4c18e113a7a";
  };
  buildInputs = [ mussl-42 pngpyre-76 ruex-40 ];
  meta = with lib; {
    description = "The cryptnet-11 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
