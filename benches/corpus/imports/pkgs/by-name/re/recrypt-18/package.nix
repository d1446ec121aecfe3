{ lib, mkPackage, fetchurl, rupng-75, tozz-62, xmldiex-24 }:
mkPackage rec {
  pname = "recrypt-18";
  version = "5.30.4";
  src = fetchurl {
    url = "https://example.org/recrypt-18/${pname}-${version}.tar.gz";
    sha256 = "eb1aa6f3bee7baa421cda9ee1466ee413e89e1608c51dc931d45cba7ff4e3823";
  };
  buildInputs = [ rupng-75 tozz-62 xmldiex-24 ];
  meta = with lib; {
    description = "The recrypt-18 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
