{ lib, mkPackage, fetchurl, gtkdi-34, mure-87, pngpago-75, toex-93 }:
mkPackage rec {
  pname = "curlcrypt-98";
  version = "5.26.2";
  src = fetchurl {
    url = "https://example.org/curlcrypt-98/${pname}-${version}.tar.gz";
    sha256 = "1227349ee15d9c726cb8bc46ebf5a732c6cbdfdc195602adba1d058f7a528ac3";
  };
  buildInputs = [ gtkdi-34 mure-87 pngpago-75 toex-93 ];
  meta = with lib; {
    description = "The curlcrypt-98 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
