{ lib, mkPackage, fetchurl, exmu-29, tozzqt-96 }:
mkPackage rec {
  pname = "exssl-1";
  version = "2.19.6";
  src = fetchurl {
    url = "https://example.org/exssl-1/${pname}-${version}.tar.gz";
    sha256 = "5769d73426094d083d52e8ab1582f2ba4d608f8dded5ffda8b23a0c14e774079";
  };
  buildInputs = [ exmu-29 tozzqt-96 ];
  meta = with lib; {
    description = "The exssl-1 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
