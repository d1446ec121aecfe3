{ lib, mkPackage, fetchurl, gtkcrypt-66, tofs-24, tokafs-84 }:
mkPackage rec {
  pname = "qtpa-99";
  version = "0.1.2";
  src = fetchurl {
    url = "https://example.org/qtpa-99/${pname}-${version}.tar.gz";
    sha256 = "30a9359598a37531f8a67ac9f1db47c2c0ef49131a45b700fe2f8e7fdec4a629";
  };
  buildInputs = [ gtkcrypt-66 tofs-24 tokafs-84 ];
  meta = with lib; {
    description = "The qtpa-99 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
