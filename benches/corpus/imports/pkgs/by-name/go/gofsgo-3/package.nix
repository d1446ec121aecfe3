{ lib, mkPackage, fetchurl, resslka-79 }:
mkPackage rec {
  pname = "gofsgo-3";
  version = "0.24.3";
  src = fetchurl {
    url = "https://example.org/gofsgo-3/${pname}-${version}.tar.gz";
    sha256 = "61525d9fe2c9081af93186892d16445b670854180c14bc578ed09598a7669cd1";
  };
  buildInputs = [ resslka-79 ];
  meta = with lib; {
    description = "The gofsgo-3 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
