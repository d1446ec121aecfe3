{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "nettossl-24";
  version = "8.18.7";
  src = fetchurl {
    url = "https://example.org/nettossl-24/${pname}-${version}.tar.gz";
    sha256 = "45a5d1375e2808f45f37fb67f64051ffed202f65a26bf326219b7589d29131b6";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The nettossl-24 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
