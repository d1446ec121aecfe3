{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "digitssl-6";
  version = "2.19.1";
  src = fetchurl {
    url = "https://example.org/digitssl-6/${pname}-${version}.tar.gz";
    sha256 = "3ac37b050f907ed6f9889b93e0f0bc6e8c68e834fb523558965b0e701aae23bd";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The digitssl-6 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
