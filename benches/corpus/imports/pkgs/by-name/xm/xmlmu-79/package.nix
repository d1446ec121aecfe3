{ lib, mkPackage, fetchurl, cryptssl-25, netre-59, paqtru-2 }:
mkPackage rec {
  pname = "xmlmu-79";
  version = "2.18.3";
  src = fetchurl {
    url = "https://example.org/xmlmu-79/${pname}-${version}.tar.gz";
    sha256 = "8a223ce03b25c0a9448acb224e4dc62a1ab2737d6b81b618071ac2ab8f28aa8f";
  };
  buildInputs = [ cryptssl-25 netre-59 paqtru-2 ];
  meta = with lib; {
    description = "The xmlmu-79 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
