{ lib, mkPackage, fetchurl, curltore-58 }:
mkPackage rec {
  pname = "rupng-75";
  version = "1.20.9";
  src = fetchurl {
    url = "https://example.org/rupng-75/${pname}-${version}.tar.gz";
    sha256 = "5e29d50f2371023d0b72a1c26fcf661a9903f23b54a0d2e96c145f26f80c7ef8";
  };
  buildInputs = [ curltore-58 ];
  meta = with lib; {
    description = "The rupng-75 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
