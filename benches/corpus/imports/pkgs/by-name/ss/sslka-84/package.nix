{ lib, mkPackage, fetchurl, pacurlssl-51 }:
mkPackage rec {
  pname = "sslka-84";
  version = "7.15.5";
  src = fetchurl {
    url = "https://example.org/sslka-84/${pname}-${version}.tar.gz";
    sha256 = "656dae4961e8d4cf8a74fec638f819ba2a9b610553cd24085d9a3d1635b9bdf5";
  };
  buildInputs = [ pacurlssl-51 ];
  meta = with lib; {
    description = "The sslka-84 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
