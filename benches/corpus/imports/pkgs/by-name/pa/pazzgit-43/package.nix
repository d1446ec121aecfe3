{ lib, mkPackage, fetchurl, mupngpng-81 }:
mkPackage rec {
  pname = "pazzgit-43";
  version = "7.23.0";
  src = fetchurl {
    url = "https://example.org/pazzgit-43/${pname}-${version}.tar.gz";
    sha256 = "c90346f6a1024c8894fcfaec670f906530dfa1f80b0080dbd85362cf1c296ca7";
  };
  buildInputs = [ mupngpng-81 ];
  meta = with lib; {
    description = "The pazzgit-43 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
