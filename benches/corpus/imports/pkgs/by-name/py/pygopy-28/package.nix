{ lib, mkPackage, fetchurl, cryptfsmu-80 }:
mkPackage rec {
  pname = "pygopy-28";
  version = "8.20.3";
  src = fetchurl {
    url = "https://example.org/pygopy-28/${pname}-${version}.tar.gz";
    sha256 = "948233eebfaa4458149efec2bdf95ba41a8fb18c81dda2f8e949a49dc66fb5b7";
  };
  buildInputs = [ cryptfsmu-80 ];
  meta = with lib; {
    description = "The pygopy-28 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
