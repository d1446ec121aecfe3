{ lib, mkPackage, fetchurl, muka-85, qtxml-18 }:
mkPackage rec {
  pname = "gogossl-83";
  version = "4.2.1";
  src = fetchurl {
    url = "https://example.org/gogossl-83/${pname}-${version}.tar.gz";
    sha256 = "9b867f2296fccb94e104f194ed320c85f66eeffdecd1e50102ae2a8a52728390";
  };
  buildInputs = [ muka-85 qtxml-18 ];
  meta = with lib; {
    description = "The gogossl-83 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
