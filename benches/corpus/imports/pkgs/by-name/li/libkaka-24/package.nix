{ lib, mkPackage, fetchurl, sslpng-32 }:
mkPackage rec {
  pname = "libkaka-24";
  version = "7.23.6";
  src = fetchurl {
    url = "https://example.org/libkaka-24/${pname}-${version}.tar.gz";
    sha256 = "19542512ab5c870db95f479616af4d5702d95f7e0ea76c9cb7c52955c32711cd";
  };
  buildInputs = [ sslpng-32 ];
  meta = with lib; {
    description = "The libkaka-24 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
