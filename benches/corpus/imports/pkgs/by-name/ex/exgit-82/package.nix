{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "exgit-82";
  version = "8.30.3";
  src = fetchurl {
    url = "https://example.org/exgit-82/${pname}-${version}.tar.gz";
    sha256 = "6d4129ab515ae5fc421bf7cf489acd9642048143234950e457041fd3c80c20e4";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The exgit-82 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
