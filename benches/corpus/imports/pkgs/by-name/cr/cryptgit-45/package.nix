{ lib, mkPackage, fetchurl, xmlfspng-8 }:
mkPackage rec {
  pname = "cryptgit-45";
  version = "2.24.3";
  src = fetchurl {
    url = "https://example.org/cryptgit-45/${pname}-${version}.tar.gz";
    sha256 = "6242fa32af066e3bf0197541d44b94c927929ed5a7601e1371d2ec6c4079d680";
  };
  buildInputs = [ xmlfspng-8 ];
  meta = with lib; {
    description = "The cryptgit-45 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
