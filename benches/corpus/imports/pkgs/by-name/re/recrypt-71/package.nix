{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "recrypt-71";
  version = "5.0.9";
  src = fetchurl {
    url = "https://example.org/recrypt-71/${pname}-${version}.tar.gz";
    sha256 = "342ecfadbecd7182a788e0b05911929eb90ad47cce0db25cb745e7b94b6e92d3";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The recrypt-71 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
