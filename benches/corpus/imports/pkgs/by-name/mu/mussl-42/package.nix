{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "mussl-42";
  version = "5.11.7";
  src = fetchurl {
    url = "https://example.org/mussl-42/${pname}-${version}.tar.gz";
    sha256 = "808956f8b2a5a3b830c86441a2ece9a2f36eba1e0e98c004b2d7cc6d18544a11";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The mussl-42 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
