{ lib, mkPackage, fetchurl, qtfsmu-95 }:
mkPackage rec {
  pname = "toex-93";
  version = "0.18.3";
  src = fetchurl {
    url = "https://example.org/toex-93/${pname}-${version}.tar.gz";
    sha256 = "65c37a6fbaa87ba300a7a07b3813aa65750c32b98b10b87a7f370c7dd7c90e57";
  };
  buildInputs = [ qtfsmu-95 ];
  meta = with lib; {
    description = "The toex-93 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
