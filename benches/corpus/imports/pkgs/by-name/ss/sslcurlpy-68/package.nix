{ lib, mkPackage, fetchurl, cryptzzcurl-81, pngpago-75, pycrypt-77, rugoqt-11 }:
mkPackage rec {
  pname = "sslcurlpy-68";
  version = "5.11.6";
  src = fetchurl {
    url = "https://example.org/sslcurlpy-68/${pname}-${version}.tar.gz";
    sha256 = "5fc18254183bcb8451425fda0516d0ac090d3a05d8b40c449e1f92544fba8a9d";
  };
  buildInputs = [ cryptzzcurl-81 pngpago-75 pycrypt-77 rugoqt-11 ];
  meta = with lib; {
    description = "The sslcurlpy-68 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
