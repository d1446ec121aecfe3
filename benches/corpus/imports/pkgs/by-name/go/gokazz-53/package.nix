{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "gokazz-53";
  version = "2.23.0";
  src = fetchurl {
    url = "https://example.org/gokazz-53/${pname}-${version}.tar.gz";
    sha256 = "bb8d613c98fe59ae11b70a53c0f1feb7bea8c079aba5596fcc2d43ce3ff9ccdb";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The gokazz-53 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
