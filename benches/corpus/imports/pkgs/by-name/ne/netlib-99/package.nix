{ lib, mkPackage, fetchurl, cryptssl-25, gotodi-73, netcurllib-8 }:
mkPackage rec {
  pname = "netlib-99";
  version = "7.9.6";
  src = fetchurl {
    url = "https://example.org/netlib-99/${pname}-${version}.tar.gz";
    sha256 = "efaf5d9ca6ec199542833819c759eab1654c9a63e33173f14af1db517c60e082";
  };
  buildInputs = [ cryptssl-25 gotodi-73 netcurllib-8 ];
  meta = with lib; {
    description = "The netlib-99 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
