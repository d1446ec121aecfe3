{ lib, mkPackage, fetchurl, gitrenet-75, gtkdi-48, tomu-48 }:
mkPackage rec {
  pname = "fspng-54";
  version = "5.11.3";
  src = fetchurl {
    url = "https://example.org/fspng-54/${pname}-${version}.tar.gz";
    sha256 = "17bba6cacc309f914c08631118f8048dfef5ed5e4c02efe1dcd4ab2cfbfb6db7";
  };
  buildInputs = [ gitrenet-75 gtkdi-48 tomu-48 ];
  meta = with lib; {
    description = "The fspng-54 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
