{ lib, mkPackage, fetchurl, papngpa-60 }:
mkPackage rec {
  pname = "sslgtkdi-68";
  version = "4.28.9";
  src = fetchurl {
    url = "https://example.org/sslgtkdi-68/${pname}-${version}.tar.gz";
    sha256 = "bb2e378fb050856946f7d76b3f57e0f75311610c473b4a03d6400d89fbe9bd2d";
  };
  buildInputs = [ papngpa-60 ];
  meta = with lib; {
    description = "The sslgtkdi-68 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
