{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "cryptssl-59";
  version = "6.14.8";
  src = fetchurl {
    url = "https://example.org/cryptssl-59/${pname}-${version}.tar.gz";
    sha256 = "0932d5a55882cb1314829ca3e323e7cd02a9653aacde5aa8c8706951a09a10d5";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The cryptssl-59 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
