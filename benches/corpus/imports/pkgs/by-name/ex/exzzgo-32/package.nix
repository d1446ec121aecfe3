{ lib, mkPackage, fetchurl, cryptcrypt-77, exzz-76, gtkdi-34, refsgo-89 }:
mkPackage rec {
  pname = "exzzgo-32";
  version = "5.8.3";
  src = fetchurl {
    url = "https://example.org/exzzgo-32/${pname}-${version}.tar.gz";
    sha256 = "81035e6dc6245e5b03f18fe4d3f12fda0fe2bb85d97fed4399d2e7d5c98a399b";
  };
  buildInputs = [ cryptcrypt-77 exzz-76 gtkdi-34 refsgo-89 ];
  meta = with lib; {
    description = "The exzzgo-32 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
