{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "topycurl-40";
  version = "4.0.0";
  src = fetchurl {
    url = "https://example.org/topycurl-40/${pname}-${version}.tar.gz";
    sha256 = "4a40d95a745113fb314be1351356e577f85336ca569f4f0961ccae0eac5bb7a4";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The topycurl-40 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
