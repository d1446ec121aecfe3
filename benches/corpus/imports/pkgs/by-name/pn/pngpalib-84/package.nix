{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pngpalib-84";
  version = "4.10.3";
  src = fetchurl {
    url = "https://example.org/pngpalib-84/${pname}-${version}.tar.gz";
    sha256 = "fd08799682add085e231368a4379c7a365f7d3db7d68f68d744071a0218a5543";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pngpalib-84 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
