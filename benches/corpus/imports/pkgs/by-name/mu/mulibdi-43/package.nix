{ lib, mkPackage, fetchurl, mupngpa-9, pngzzssl-10 }:
mkPackage rec {
  pname = "mulibdi-43";
  version = "8.10.0";
  src = fetchurl {
    url = "https://example.org/mulibdi-43/${pname}-${version}.tar.gz";
    sha256 = "0c9bab010d4906914df0523d06cadddb8459cb2f23f49c8f82b86f4d7c731274";
  };
  buildInputs = [ mupngpa-9 pngzzssl-10 ];
  meta = with lib; {
    description = "The mulibdi-43 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
