{ lib, mkPackage, fetchurl, exzzgo-32, qtmu-10, rutofs-53 }:
mkPackage rec {
  pname = "fspng-73";
  version = "3.21.6";
  src = fetchurl {
    url = "https://example.org/fspng-73/${pname}-${version}.tar.gz";
    sha256 = "c68a438710510fa192d24b674d3697eb064ed2a79db90426d13c6672615befba";
  };
  buildInputs = [ exzzgo-32 qtmu-10 rutofs-53 ];
  meta = with lib; {
    description = "The fspng-73 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
