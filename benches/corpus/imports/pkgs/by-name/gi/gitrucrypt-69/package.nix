{ lib, mkPackage, fetchurl, netdi-26 }:
mkPackage rec {
  pname = "gitrucrypt-69";
  version = "5.0.5";
  src = fetchurl {
    url = "https://example.org/gitrucrypt-69/${pname}-${version}.tar.gz";
    sha256 = "fbf6de766db769ba6109e576fb181844d6e65ad9e17e521062917eb87ced63a4";
  };
  buildInputs = [ netdi-26 ];
  meta = with lib; {
    description = "The gitrucrypt-69 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
