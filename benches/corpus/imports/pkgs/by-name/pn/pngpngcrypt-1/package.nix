{ lib, mkPackage, fetchurl, curlexcrypt-22, curlpy-93, mugolib-60 }:
mkPackage rec {
  pname = "pngpngcrypt-1";
  version = "8.30.7";
  src = fetchurl {
    url = "https://example.org/pngpngcrypt-1/${pname}-${version}.tar.gz";
    sha256 = "296665065e1cbedce8a8981b7ed2d7aba9f4ca9cc2c54aba46d6a430bd03dd00";
  };
  buildInputs = [ curlexcrypt-22 curlpy-93 mugolib-60 ];
  meta = with lib; {
    description = "The pngpngcrypt-1 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
