{ lib, mkPackage, fetchurl, cryptgit-45, sslcurlpy-68 }:
mkPackage rec {
  pname = "zzcrypt-93";
  version = "7.25.5";
  src = fetchurl {
    url = "https://example.org/zzcrypt-93/${pname}-${version}.tar.gz";
    sha256 = "abf3690f3acf3ea931eaa0b1df69896aee7beca1b59ecc7a3845c84f6c729c39";
  };
  buildInputs = [ cryptgit-45 sslcurlpy-68 ];
  meta = with lib; {
    description = "The zzcrypt-93 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
