{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "fspare-44";
  version = "3.1.0";
  src = fetchurl {
    url = "https://example.org/fspare-44/${pname}-${version}.tar.gz";
    sha256 = "86d1766699fd01d4235ab194aa054688d5c9623a42db4e480a58e2de29887065";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The fspare-44 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
