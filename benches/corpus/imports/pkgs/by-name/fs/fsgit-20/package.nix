{ lib, mkPackage, fetchurl, fscurl-37, muressl-26 }:
mkPackage rec {
  pname = "fsgit-20";
  version = "9.16.4";
  src = fetchurl {
    url = "https://example.org/fsgit-20/${pname}-${version}.tar.gz";
    sha256 = "f33337ac2a792e0cbcf57dc305332858eeb77249c27ec79c6c178498f93d5774";
  };
  buildInputs = [ fscurl-37 muressl-26 ];
  meta = with lib; {
    description = "The fsgit-20 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
