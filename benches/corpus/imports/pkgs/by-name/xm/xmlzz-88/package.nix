{ lib, mkPackage, fetchurl, netex-71, papngpa-60 }:
mkPackage rec {
  pname = "xmlzz-88";
  version = "1.22.0";
  src = fetchurl {
    url = "https://example.org/xmlzz-88/${pname}-${version}.tar.gz";
    sha256 = "eadfea2b6b7d282e7bb63eb572b9aa5b3399ec35522d53c7aa59d7fc19851752";
  };
  buildInputs = [ netex-71 papngpa-60 ];
  meta = with lib; {
    description = "The xmlzz-88 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
