{ lib, mkPackage, fetchurl, gogogo-47 }:
mkPackage rec {
  pname = "curlpa-79";
  version = "4.28.1";
  src = fetchurl {
    url = "https://example.org/curlpa-79/${pname}-${version}.tar.gz";
    sha256 = "133ee5bb52e27463192ea9ce7f214ec86bbcfaec3b9cf227ac9719428faf8fe8";
  };
  buildInputs = [ gogogo-47 ];
  meta = with lib; {
    description = "The curlpa-79 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
