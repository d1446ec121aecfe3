{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "netmuxml-20";
  version = "9.6.9";
  src = fetchurl {
    url = "https://example.org/netmuxml-20/${pname}-${version}.tar.gz";
    sha256 = "987feea214ca7ba09e864ae690d01e69ed6cf531e389332aaceafada8dd4a594";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The netmuxml-20 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
