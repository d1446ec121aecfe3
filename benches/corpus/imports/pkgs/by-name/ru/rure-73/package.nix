{ lib, mkPackage, fetchurl, fsfs-4, reqtru-93 }:
mkPackage rec {
  pname = "rure-73";
  version = "6.30.3";
  src = fetchurl {
    url = "https://example.org/rure-73/${pname}-${version}.tar.gz";
    sha256 = "e415dedf73b0e1a0a494125804f85c5417ed8c78ced6e4085e1be4e56136cfd5";
  };
  buildInputs = [ fsfs-4 reqtru-93 ];
  meta = with lib; {
    description = "The rure-73 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
