{ lib, mkPackage, fetchurl, qtfsmu-95 }:
mkPackage rec {
  pname = "kapng-53";
  version = "3.12.2";
  src = fetchurl {
    url = "https://example.org/kapng-53/${pname}-${version}.tar.gz";
    sha256 = "5eb77bd1948526454001a062422d8906a8381306983b91c180da6cef2a3355ca";
  };
  buildInputs = [ qtfsmu-95 ];
  meta = with lib; {
    description = "The kapng-53 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
