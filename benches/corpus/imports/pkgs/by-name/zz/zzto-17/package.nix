{ lib, mkPackage, fetchurl, curlcrypt-51, fspy-2, pazzgit-43, toxml-58 }:
mkPackage rec {
  pname = "zzto-17";
  version = "0.13.9";
  src = fetchurl {
    url = "https://example.org/zzto-17/${pname}-${version}.tar.gz";
    sha256 = "91c12b300fcfcb494d87357b0b43adea81e27afbb72d70d051a0e658c47cd4e4";
  };
  buildInputs = [ curlcrypt-51 fspy-2 pazzgit-43 toxml-58 ];
  meta = with lib; {
    description = "The zzto-17 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
