{ lib, mkPackage, fetchurl, tokafs-84 }:
mkPackage rec {
  pname = "gtkcryptssl-7";
  version = "6.23.4";
  src = fetchurl {
    url = "https://example.org/gtkcryptssl-7/${pname}-${version}.tar.gz";
    sha256 = "0cf43d2192166063461050cb9516a450becdbf665f60912b6ea7d541884315ef";
  };
  buildInputs = [ tokafs-84 ];
  meta = with lib; {
    description = "The gtkcryptssl-7 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
