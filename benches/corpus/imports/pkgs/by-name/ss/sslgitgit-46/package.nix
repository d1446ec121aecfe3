{ lib, mkPackage, fetchurl, cryptfsmu-80, exdimu-25, muressl-26, pypnglib-96 }:
mkPackage rec {
  pname = "sslgitgit-46";
  version = "0.22.1";
  src = fetchurl {
    url = "https://example.org/sslgitgit-46/${pname}-${version}.tar.gz";
    sha256 = "fe3b7d4d270492f0c78708dc320948a86f480de5dd499af1ece2f414f7ff9722";
  };
  buildInputs = [ cryptfsmu-80 exdimu-25 muressl-26 pypnglib-96 ];
  meta = with lib; {
    description = "The sslgitgit-46 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
