{ lib, mkPackage, fetchurl, gogtkgit-97, mussl-42, papymu-66 }:
mkPackage rec {
  pname = "cryptgo-45";
  version = "3.15.0";
  src = fetchurl {
    url = "https://example.org/cryptgo-45/${pname}-${version}.tar.gz";
    sha256 = "f418d925a7064f3f488274827a02ff522ac6e8b4f3ed457e1612849c9df384d4";
  };
  buildInputs = [ gogtkgit-97 mussl-42 papymu-66 ];
  meta = with lib; {
    description = "The cryptgo-45 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
