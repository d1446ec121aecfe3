{ lib, mkPackage, fetchurl, rutofs-53 }:
mkPackage rec {
  pname = "dipngex-57";
  version = "6.14.6";
  src = fetchurl {
    url = "https://example.org/dipngex-57/${pname}-${version}.tar.gz";
    sha256 = "44db0097cb521f6ffc66009dc1dd132347a368d308103fb7eadd791aed634cad";
  };
  buildInputs = [ rutofs-53 ];
  meta = with lib; {
    description = "The dipngex-57 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
