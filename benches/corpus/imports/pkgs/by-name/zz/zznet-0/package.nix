{ lib, mkPackage, fetchurl, fsgit-20, kagit-79 }:
mkPackage rec {
  pname = "zznet-0";
  version = "8.10.8";
  src = fetchurl {
    url = "https://example.org/zznet-0/${pname}-${version}.tar.gz";
    sha256 = "8330bb0d147683539120d4e55e62f06c3df46666f6d6c462ecc07a702fa02167";
  };
  buildInputs = [ fsgit-20 kagit-79 ];
  meta = with lib; {
    description = "The zznet-0 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
