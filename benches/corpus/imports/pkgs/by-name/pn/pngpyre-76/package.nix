{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pngpyre-76";
  version = "3.29.8";
  src = fetchurl {
    url = "https://example.org/pngpyre-76/${pname}-${version}.tar.gz";
    sha256 = "643f62ff7ee8bc3bb4c691263b632bca02934c101e84492763381123470ca7cd";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pngpyre-76 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
