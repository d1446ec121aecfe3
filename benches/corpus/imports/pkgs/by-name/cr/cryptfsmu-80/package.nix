{ lib, mkPackage, fetchurl, gtkdi-34, libto-96, pnggitpa-6 }:
mkPackage rec {
  pname = "cryptfsmu-80";
  version = "9.15.9";
  src = fetchurl {
    url = "https://example.org/cryptfsmu-80/${pname}-${version}.tar.gz";
    sha256 = "92a1e3e0dd5399a6b60fde5b7641579888e9dde000e559c183fe3b28c0d01fb2";
  };
  buildInputs = [ gtkdi-34 libto-96 pnggitpa-6 ];
  meta = with lib; {
    description = "The cryptfsmu-80 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
