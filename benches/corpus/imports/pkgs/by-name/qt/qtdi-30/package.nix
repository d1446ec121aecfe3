{ lib, mkPackage, fetchurl, rere-47 }:
mkPackage rec {
  pname = "qtdi-30";
  version = "1.17.2";
  src = fetchurl {
    url = "https://example.org/qtdi-30/${pname}-${version}.tar.gz";
    sha256 = "fa0a5d8db2e3c0161dfd119e57d64a387c8f38baccde4dcfa70d0bcc6d722606";
  };
  buildInputs = [ rere-47 ];
  meta = with lib; {
    description = "The qtdi-30 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
