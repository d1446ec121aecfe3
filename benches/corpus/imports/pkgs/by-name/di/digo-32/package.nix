{ lib, mkPackage, fetchurl, gitlib-80 }:
mkPackage rec {
  pname = "digo-32";
  version = "2.9.9";
  src = fetchurl {
    url = "https://example.org/digo-32/${pname}-${version}.tar.gz";
    sha256 = "8edce50d59e41f5970475ae3c3bb58ab5d3104611b97b38120c0577e357403f3";
  };
  buildInputs = [ gitlib-80 ];
  meta = with lib; {
    description = "The digo-32 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
