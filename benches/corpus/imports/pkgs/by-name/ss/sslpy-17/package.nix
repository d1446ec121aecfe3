{ lib, mkPackage, fetchurl, exrepng-45, gtkcrypt-71, kapng-53 }:
mkPackage rec {
  pname = "sslpy-17";
  version = "0.7.5";
  src = fetchurl {
    url = "https://example.org/sslpy-17/${pname}-${version}.tar.gz";
    sha256 = "7883a5eb1a3d3df513eb591d95008f11b299223b1dc8daec9f07990389688850";
  };
  buildInputs = [ exrepng-45 gtkcrypt-71 kapng-53 ];
  meta = with lib; {
    description = "The sslpy-17 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
