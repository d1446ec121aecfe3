{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "togit-4";
  version = "8.8.2";
  src = fetchurl {
    url = "https://example.org/togit-4/${pname}-${version}.tar.gz";
    sha256 = "fafe54aaceaf00d6b79baf12defefca83b4aa840deeab440930107e552120ea0";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The togit-4 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
