{ lib, mkPackage, fetchurl, dipngex-57, gitmu-19 }:
mkPackage rec {
  pname = "gogo-22";
  version = "7.25.1";
  src = fetchurl {
    url = "https://example.org/gogo-22/${pname}-${version}.tar.gz";
    sha256 = "24dbbd5f86dad3a251d416be2058ed005671c90710802def05c187e918c22d73";
  };
  buildInputs = [ dipngex-57 gitmu-19 ];
  meta = with lib; {
    description = "The gogo-22 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
