{ lib, mkPackage, fetchurl, fstolib-50, mussl-42 }:
mkPackage rec {
  pname = "netgtk-4";
  version = "9.2.9";
  src = fetchurl {
    url = "https://example.org/netgtk-4/${pname}-${version}.tar.gz";
    sha256 = "f5c2a0872570d33efd79e084931b422e3372138be36264729e043b45a9a2df1a";
  };
  buildInputs = [ fstolib-50 mussl-42 ];
  meta = with lib; {
    description = "The netgtk-4 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
