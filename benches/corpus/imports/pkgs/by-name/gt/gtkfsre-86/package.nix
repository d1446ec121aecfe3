{ lib, mkPackage, fetchurl, pycurlnet-9 }:
mkPackage rec {
  pname = "gtkfsre-86";
  version = "9.5.0";
  src = fetchurl {
    url = "https://example.org/gtkfsre-86/${pname}-${version}.tar.gz";
    sha256 = "70066bbdde16d34d5730ce38012c68e78d34c06195567f75caa86dd21954a1cd";
  };
  buildInputs = [ pycurlnet-9 ];
  meta = with lib; {
    description = "The gtkfsre-86 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
