{ lib, mkPackage, fetchurl, muru-20, pnggitpa-6 }:
mkPackage rec {
  pname = "sslgtkpng-34";
  version = "2.17.6";
  src = fetchurl {
    url = "https://example.org/sslgtkpng-34/${pname}-${version}.tar.gz";
    sha256 = "bd5b8c2b69d6634e2a116999e0f10f7db966c8068b45b4ec449770c27b9ef66a";
  };
  buildInputs = [ muru-20 pnggitpa-6 ];
  meta = with lib; {
    description = "The sslgtkpng-34 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
