{ lib, mkPackage, fetchurl, cryptlib-95, kanet-6, pycryptto-19 }:
mkPackage rec {
  pname = "libssl-49";
  version = "8.14.4";
  src = fetchurl {
    url = "https://example.org/libssl-49/${pname}-${version}.tar.gz";
    sha256 = "733d0b54ca45ff9cceee8bdf33309d1a3c92b7293b72f756192e368aa5f90f24";
  };
  buildInputs = [ cryptlib-95 kanet-6 pycryptto-19 ];
  meta = with lib; {
    description = "The libssl-49 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
