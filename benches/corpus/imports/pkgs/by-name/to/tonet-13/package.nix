{ lib, mkPackage, fetchurl, fsgit-20, godilib-91, sslgtkdi-68, zzru-73 }:
mkPackage rec {
  pname = "tonet-13";
  version = "8.17.4";
  src = fetchurl {
    url = "https://example.org/tonet-13/${pname}-${version}.tar.gz";
    sha256 = "94cb37fdb9d2a9ba3ea11acb526520a8ec0854b5e800943616a9bc91f954081a";
  };
  buildInputs = [ fsgit-20 godilib-91 sslgtkdi-68 zzru-73 ];
  meta = with lib; {
    description = "The tonet-13 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
