{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "rere-99";
  version = "0.4.7";
  src = fetchurl {
    url = "https://example.org/rere-99/${pname}-${version}.tar.gz";
    sha256 = "4fb53eb04fb22dfbe0eff2caaf7712a55823f665c9477da63c457e82c8733f78";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The rere-99 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
