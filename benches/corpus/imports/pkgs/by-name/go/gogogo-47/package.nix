{ lib, mkPackage, fetchurl, cryptlib-95, fscurl-37, fsgit-20, gtknetmu-83 }:
mkPackage rec {
  pname = "gogogo-47";
  version = "0.16.2";
  src = fetchurl {
    url = "https://example.org/gogogo-47/${pname}-${version}.tar.gz";
    sha256 = "7449b6254a1aba85722f2da459c931f42dbb5997c401cb34f0a0581e0cd07e8a";
  };
  buildInputs = [ cryptlib-95 fscurl-37 fsgit-20 gtknetmu-83 ];
  meta = with lib; {
    description = "The gogogo-47 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
