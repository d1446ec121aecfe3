{ lib, mkPackage, fetchurl, xmlfspng-8 }:
mkPackage rec {
  pname = "sslpng-32";
  version = "7.8.1";
  src = fetchurl {
    url = "https://example.org/sslpng-32/${pname}-${version}.tar.gz";
    sha256 = "71495c4d85d948ea262a58968118501073758cfb5760228370071dd64ea2d3fc";
  };
  buildInputs = [ xmlfspng-8 ];
  meta = with lib; {
    description = "The sslpng-32 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
