{ lib, mkPackage, fetchurl, curlnet-85, rekamu-49 }:
mkPackage rec {
  pname = "netre-59";
  version = "6.22.7";
  src = fetchurl {
    url = "https://example.org/netre-59/${pname}-${version}.tar.gz";
    sha256 = "5eaa419ade70e8cb1b785056b98a037502d9c1c8f4db64a04d8eb211cd9a3783";
  };
  buildInputs = [ curlnet-85 rekamu-49 ];
  meta = with lib; {
    description = "The netre-59 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
