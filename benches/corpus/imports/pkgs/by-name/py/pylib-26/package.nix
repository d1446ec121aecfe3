{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pylib-26";
  version = "2.7.4";
  src = fetchurl {
    url = "https://example.org/pylib-26/${pname}-${version}.tar.gz";
    sha256 = "cc60cb4fd328194990f0ed43939ba61b659846416f466b1597bedb4062b69db8";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pylib-26 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
