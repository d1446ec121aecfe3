{ lib, mkPackage, fetchurl, gtkcrypt-71, mupngpng-81 }:
mkPackage rec {
  pname = "remu-36";
  version = "1.2.7";
  src = fetchurl {
    url = "https://example.org/remu-36/${pname}-${version}.tar.gz";
    sha256 = "00918c5657f30517fc700a4bc584095ada06bb2218cd41743811077bc920ebdf";
  };
  buildInputs = [ gtkcrypt-71 mupngpng-81 ];
  meta = with lib; {
    description = "The remu-36 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
