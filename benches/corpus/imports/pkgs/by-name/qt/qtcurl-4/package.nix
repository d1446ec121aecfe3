{ lib, mkPackage, fetchurl, gtkcryptqt-33, qtfsmu-95 }:
mkPackage rec {
  pname = "qtcurl-4";
  version = "6.14.9";
  src = fetchurl {
    url = "https://example.org/qtcurl-4/${pname}-${version}.tar.gz";
    sha256 = "fd1bb10de44eb8357136e6697805677a032cd153ccc53d8daf952e423731708a";
  };
  buildInputs = [ gtkcryptqt-33 qtfsmu-95 ];
  meta = with lib; {
    description = "The qtcurl-4 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
