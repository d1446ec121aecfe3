{ lib, mkPackage, fetchurl, kagtk-49, kanetzz-18, russl-13 }:
mkPackage rec {
  pname = "gorere-87";
  version = "5.7.6";
  src = fetchurl {
    url = "https://example.org/gorere-87/${pname}-${version}.tar.gz";
    sha256 = "0a6e0680521a6f02afe176cfe6fd569136af18381339be558bef1546566b3883";
  };
  buildInputs = [ kagtk-49 kanetzz-18 russl-13 ];
  meta = with lib; {
    description = "The gorere-87 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
