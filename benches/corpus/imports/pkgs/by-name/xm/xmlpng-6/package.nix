{ lib, mkPackage, fetchurl, exfscrypt-25, fscurl-15 }:
mkPackage rec {
  pname = "xmlpng-6";
  version = "6.19.5";
  src = fetchurl {
    url = "https://example.org/xmlpng-6/${pname}-${version}.tar.gz";
    sha256 = "1d5587983c5a00a51b16d946686c7b9ac3703d9179e987930b4f14a4e65f9158";
  };
  buildInputs = [ exfscrypt-25 fscurl-15 ];
  meta = with lib; {
    description = "The xmlpng-6 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
