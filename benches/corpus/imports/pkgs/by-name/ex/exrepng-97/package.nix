{ lib, mkPackage, fetchurl, cryptkadi-9 }:
mkPackage rec {
  pname = "exrepng-97";
  version = "7.26.7";
  src = fetchurl {
    url = "https://example.org/exrepng-97/${pname}-${version}.tar.gz";
    sha256 = "23e4fb2b37f152360a2facaae9171f9901ebee0cbbcf481e3250d3da5fe2dbc9";
  };
  buildInputs = [ cryptkadi-9 ];
  meta = with lib; {
    description = "The exrepng-97 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
