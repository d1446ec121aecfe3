{ lib, mkPackage, fetchurl, cryptgo-45, diexdi-98, qtnet-32, zzgo-98 }:
mkPackage rec {
  pname = "sslgit-68";
  version = "7.7.0";
  src = fetchurl {
    url = "https://example.org/sslgit-68/${pname}-${version}.tar.gz";
    sha256 = "2dd078197bb8b1b0cc37a80f9be3c591d05b2be28e4d59922d430d8f1c55068e";
  };
  buildInputs = [ cryptgo-45 diexdi-98 qtnet-32 zzgo-98 ];
  meta = with lib; {
    description = "The sslgit-68 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
