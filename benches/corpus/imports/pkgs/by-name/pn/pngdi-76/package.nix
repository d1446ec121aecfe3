{ lib, mkPackage, fetchurl, cryptgo-45 }:
mkPackage rec {
  pname = "pngdi-76";
  version = "0.14.7";
  src = fetchurl {
    url = "https://example.org/pngdi-76/${pname}-${version}.tar.gz";
    sha256 = "9ddcdca4a315fa3e12fae41df6847bb2e7bdd9b6c13bd74267b648db32e485c6";
  };
  buildInputs = [ cryptgo-45 ];
  meta = with lib; {
    description = "The pngdi-76 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
