{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pypa-6";
  version = "8.26.5";
  src = fetchurl {
    url = "https://example.org/pypa-6/${pname}-${version}.tar.gz";
    sha256 = "81cf2dcbef0c541355dd0b1a355e8b2b955d5975027a0301f06069f0d432dd8f";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pypa-6 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
