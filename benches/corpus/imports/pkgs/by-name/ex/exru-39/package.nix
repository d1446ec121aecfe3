{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "exru-39";
  version = "8.2.3";
  src = fetchurl {
    url = "https://example.org/exru-39/${pname}-${version}.tar.gz";
    sha256 = "c790e35b550c35d5a622ad90ba06ae988c907e5195e29addfe33817cf785fdfc";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The exru-39 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
