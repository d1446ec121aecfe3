{ lib, mkPackage, fetchurl, netpare-75 }:
mkPackage rec {
  pname = "gitdi-46";
  version = "3.16.7";
  src = fetchurl {
    url = "https://example.org/gitdi-46/${pname}-${version}.tar.gz";
    sha256 = "2b75dca8f68b96668e0db485a3abb7068ffb6c67ff20af75e0cab8d3ea5088cb";
  };
  buildInputs = [ netpare-75 ];
  meta = with lib; {
    description = "The gitdi-46 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
