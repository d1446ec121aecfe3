{ lib, mkPackage, fetchurl, rekamu-49, repa-26 }:
mkPackage rec {
  pname = "retoxml-56";
  version = "9.16.0";
  src = fetchurl {
    url = "https://example.org/retoxml-56/${pname}-${version}.tar.gz";
    sha256 = "4652f7a9a5b68ad224fb15bae9d6aabd2373c7c89136d9921ce793e45f9e589d";
  };
  buildInputs = [ rekamu-49 repa-26 ];
  meta = with lib; {
    description = "The retoxml-56 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
