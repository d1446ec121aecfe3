{ lib, mkPackage, fetchurl, kanetzz-18, tozz-62 }:
mkPackage rec {
  pname = "ruex-40";
  version = "1.27.1";
  src = fetchurl {
    url = "https://example.org/ruex-40/${pname}-${version}.tar.gz";
    sha256 = "12abdb498de0d44ab27dd6245157cf530f1ae1f49bde77abf383eb247a143257";
  };
  buildInputs = [ kanetzz-18 tozz-62 ];
  meta = with lib; {
    description = "The ruex-40 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
