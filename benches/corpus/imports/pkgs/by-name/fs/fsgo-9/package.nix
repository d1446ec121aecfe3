{ lib, mkPackage, fetchurl, dicurlgtk-13, exrepa-27, godilib-91, libzzpy-49 }:
mkPackage rec {
  pname = "fsgo-9";
  version = "1.11.6";
  src = fetchurl {
    url = "https://example.org/fsgo-9/${pname}-${version}.tar.gz";
    sha256 = "e01a9553d18b919a3c6919bf09108b1b8b4a2427cd6f7aca705f31fcdc23da9a";
  };
  buildInputs = [ dicurlgtk-13 exrepa-27 godilib-91 libzzpy-49 ];
  meta = with lib; {
    description = "The fsgo-9 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
