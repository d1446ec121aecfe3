{ lib, mkPackage, fetchurl, curlgitxml-27, zzpa-46 }:
mkPackage rec {
  pname = "gozz-19";
  version = "3.29.2";
  src = fetchurl {
    url = "https://example.org/gozz-19/${pname}-${version}.tar.gz";
    sha256 = "fa3632c3abce7acc91e023927134e0fcce6cb30c70e297fcef4175a6ca34c8eb";
  };
  buildInputs = [ curlgitxml-27 zzpa-46 ];
  meta = with lib; {
    description = "The gozz-19 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
