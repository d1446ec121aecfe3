{ lib, mkPackage, fetchurl, gorere-87, sslgtkdi-68 }:
mkPackage rec {
  pname = "gitqtpa-98";
  version = "0.7.7";
  src = fetchurl {
    url = "https://example.org/gitqtpa-98/${pname}-${version}.tar.gz";
    sha256 = "82d19fec404111087e629f3b3b3d25ed27511750ec3cb178846d050402582236";
  };
  buildInputs = [ gorere-87 sslgtkdi-68 ];
  meta = with lib; {
    description = "The gitqtpa-98 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
