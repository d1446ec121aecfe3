{ lib, mkPackage, fetchurl, cryptgo-45, mupngpng-81, rure-73 }:
mkPackage rec {
  pname = "netpa-58";
  version = "3.11.0";
  src = fetchurl {
    url = "https://example.org/netpa-58/${pname}-${version}.tar.gz";
    sha256 = "83e6a03767f4975705e524dd0a779c2b70ca9111eb88af6a32f2cb164e77ab22";
  };
  buildInputs = [ cryptgo-45 mupngpng-81 rure-73 ];
  meta = with lib; {
    description = "The netpa-58 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
