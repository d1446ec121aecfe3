{ lib, mkPackage, fetchurl, digitpng-38, ditomu-37, gtkcrypt-71 }:
mkPackage rec {
  pname = "paqtre-79";
  version = "6.22.6";
  src = fetchurl {
    url = "https://example.org/paqtre-79/${pname}-${version}.tar.gz";
    sha256 = "4c4cf6d09925a7031c6d59621037bceca997275fb1cd9a51a899262ccfbba82d";
  };
  buildInputs = [ digitpng-38 ditomu-37 gtkcrypt-71 ];
  meta = with lib; {
    description = "The paqtre-79 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
