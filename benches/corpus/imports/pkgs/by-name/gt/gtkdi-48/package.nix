{ lib, mkPackage, fetchurl, curlpy-23, munetka-12, toxml-58 }:
mkPackage rec {
  pname = "gtkdi-48";
  version = "5.1.7";
  src = fetchurl {
    url = "https://example.org/gtkdi-48/${pname}-${version}.tar.gz";
    sha256 = "2b6e2e13bed4d1cec8eb8a1707930232375ec1e691f1a9251c365ae22365bc1c";
  };
  buildInputs = [ curlpy-23 munetka-12 toxml-58 ];
  meta = with lib; {
    description = "The gtkdi-48 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
