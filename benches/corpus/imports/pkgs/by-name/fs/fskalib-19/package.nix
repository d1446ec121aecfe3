{ lib, mkPackage, fetchurl, gogitnet-19, kaka-38, libzzpy-49 }:
mkPackage rec {
  pname = "fskalib-19";
  version = "9.12.0";
  src = fetchurl {
    url = "https://example.org/fskalib-19/${pname}-${version}.tar.gz";
    sha256 = "9e81aaf5a66abf5fe4ddb5acb0180e863d6dcc8df9bcb0012adbb1f74fcc9cea";
  };
  buildInputs = [ gogitnet-19 kaka-38 libzzpy-49 ];
  meta = with lib; {
    description = "The fskalib-19 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
