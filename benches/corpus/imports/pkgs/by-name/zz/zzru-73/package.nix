{ lib, mkPackage, fetchurl, gitqtpa-98, palibqt-34 }:
mkPackage rec {
  pname = "zzru-73";
  version = "4.12.2";
  src = fetchurl {
    url = "https://example.org/zzru-73/${pname}-${version}.tar.gz";
    sha256 = "b58b8d9a81a0b9e7ad431e12b3ae7c4719ffb416984033ec515f16b8b335930d";
  };
  buildInputs = [ gitqtpa-98 palibqt-34 ];
  meta = with lib; {
    description = "The zzru-73 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
