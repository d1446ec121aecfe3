{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "gotodi-73";
  version = "7.8.1";
  src = fetchurl {
    url = "https://example.org/gotodi-73/${pname}-${version}.tar.gz";
    sha256 = "cd1750ba1bea8b03967933fb98a3efd1e2517d27b2b355e2d9b0d6ff4fab27e5";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The gotodi-73 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
