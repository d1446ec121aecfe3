{ lib, mkPackage, fetchurl, fsgitfs-64, libpa-98 }:
mkPackage rec {
  pname = "curlpng-25";
  version = "8.19.6";
  src = fetchurl {
    url = "https://example.org/curlpng-25/${pname}-${version}.tar.gz";
    sha256 = "97c0138b37a30408151cc629006e356a90bed577500e55c8e8acfa5981b7f3ad";
  };
  buildInputs = [ fsgitfs-64 libpa-98 ];
  meta = with lib; {
    description = "The curlpng-25 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
