{ lib, mkPackage, fetchurl, mucrypt-15 }:
mkPackage rec {
  pname = "nettozz-94";
  version = "6.23.9";
  src = fetchurl {
    url = "https://example.org/nettozz-94/${pname}-${version}.tar.gz";
    sha256 = "91da6f972b15acec09373bff4c4bd4ac565a1f5db3494dffe3a05728364e3a6d";
  };
  buildInputs = [ mucrypt-15 ];
  meta = with lib; {
    description = "The nettozz-94 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
