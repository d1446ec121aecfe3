{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "regtk-37";
  version = "4.16.6";
  src = fetchurl {
    url = "https://example.org/regtk-37/${pname}-${version}.tar.gz";
    sha256 = "83164f187ba86224f2d073fc8a88904f7659452f273b6380c4699b8745cf033f";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The regtk-37 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
