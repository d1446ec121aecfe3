{ lib, mkPackage, fetchurl, dipngex-57, qtdi-30, renet-30 }:
mkPackage rec {
  pname = "godi-69";
  version = "0.3.9";
  src = fetchurl {
    url = "https://example.org/godi-69/${pname}-${version}.tar.gz";
    sha256 = "adde013dc16e3587ff9ca7ca00dbcbb97441ad7bebf362c5b5ba98cda17a215b";
  };
  buildInputs = [ dipngex-57 qtdi-30 renet-30 ];
  meta = with lib; {
    description = "The godi-69 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
