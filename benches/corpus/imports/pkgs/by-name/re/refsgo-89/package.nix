{ lib, mkPackage, fetchurl, exxmlnet-70 }:
mkPackage rec {
  pname = "refsgo-89";
  version = "9.15.2";
  src = fetchurl {
    url = "https://example.org/refsgo-89/${pname}-${version}.tar.gz";
    sha256 = "9a360479fc1d1d573accf85f308bfe1c2f7643af9c733c57f06e46de9fba1cdd";
  };
  buildInputs = [ exxmlnet-70 ];
  meta = with lib; {
    description = "The refsgo-89 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
