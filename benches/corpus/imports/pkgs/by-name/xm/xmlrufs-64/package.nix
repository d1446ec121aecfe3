{ lib, mkPackage, fetchurl, netpare-75 }:
mkPackage rec {
  pname = "xmlrufs-64";
  version = "5.24.8";
  src = fetchurl {
    url = "https://example.org/xmlrufs-64/${pname}-${version}.tar.gz";
    sha256 = "26a471a876e44377d7302f4a7cbdbfc0da91f7ca08df195b8fad3115408e4c6e";
  };
  buildInputs = [ netpare-75 ];
  meta = with lib; {
    description = "The xmlrufs-64 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
