{ lib, mkPackage, fetchurl, libpng-30, pypnglib-96, xmldiex-24 }:
mkPackage rec {
  pname = "sslnet-25";
  version = "8.27.7";
  src = fetchurl {
    url = "https://example.org/sslnet-25/${pname}-${version}.tar.gz";
    sha256 = "7c6eac75dc20a9d2d84492b82e421da1e781cee594b0e6897d95e40100844249";
  };
  buildInputs = [ libpng-30 pypnglib-96 xmldiex-24 ];
  meta = with lib; {
    description = "The sslnet-25 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
