{ lib, mkPackage, fetchurl, fscurl-15, gitdi-76, gitrenet-75 }:
mkPackage rec {
  pname = "ruzz-51";
  version = "9.3.6";
  src = fetchurl {
    url = "https://example.org/ruzz-51/${pname}-${version}.tar.gz";
    sha256 = "38da8da09c7a9179f988f931dff451a9a04f94048f50c8c168ab6c7af6492afa";
  };
  buildInputs = [ fscurl-15 gitdi-76 gitrenet-75 ];
  meta = with lib; {
    description = "The ruzz-51 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
