{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "tomu-48";
  version = "8.26.4";
  src = fetchurl {
    url = "https://example.org/tomu-48/${pname}-${version}.tar.gz";
    sha256 = "893fe368810e6f45ff33e2fff8cc66cd035d714d5bb78f0fcb97b9dc05d859e7";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The tomu-48 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
