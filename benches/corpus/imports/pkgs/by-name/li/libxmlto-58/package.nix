{ lib, mkPackage, fetchurl, gtkcrypt-71, mussl-42, topycurl-40 }:
mkPackage rec {
  pname = "libxmlto-58";
  version = "0.11.7";
  src = fetchurl {
    url = "https://example.org/libxmlto-58/${pname}-${version}.tar.gz";
    sha256 = "21051a71823411ee7729305044b33bd57f2b0b1cd8664421d1048e416d3b9239";
  };
  buildInputs = [ gtkcrypt-71 mussl-42 topycurl-40 ];
  meta = with lib; {
    description = "The libxmlto-58 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
