{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "muru-20";
  version = "6.29.2";
  src = fetchurl {
    url = "https://example.org/muru-20/${pname}-${version}.tar.gz";
    sha256 = "241efc5e4ea70dea986a77daa7ac7063096277bdc63a8488383e199c52c12c61";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The muru-20 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
