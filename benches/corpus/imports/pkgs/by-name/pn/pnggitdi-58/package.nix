{ lib, mkPackage, fetchurl, exdimu-25, fspng-45 }:
mkPackage rec {
  pname = "pnggitdi-58";
  version = "7.25.8";
  src = fetchurl {
    url = "https://example.org/pnggitdi-58/${pname}-${version}.tar.gz";
    sha256 = "c5e2abe07c53b9018012d3d71004575e5781d91be7f734d8d9432a7993daa0cd";
  };
  buildInputs = [ exdimu-25 fspng-45 ];
  meta = with lib; {
    description = "The pnggitdi-58 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
