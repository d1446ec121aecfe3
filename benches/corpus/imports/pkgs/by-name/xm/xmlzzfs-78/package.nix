{ lib, mkPackage, fetchurl, palibqt-34, refsgo-89 }:
mkPackage rec {
  pname = "xmlzzfs-78";
  version = "9.16.6";
  src = fetchurl {
    url = "https://example.org/xmlzzfs-78/${pname}-${version}.tar.gz";
    sha256 = "37f1e097fd302d36da9210912b18ebbf5f1d0a96714d9d6d4099a2d73f5f6862";
  };
  buildInputs = [ palibqt-34 refsgo-89 ];
  meta = with lib; {
    description = "The xmlzzfs-78 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
