{ lib, mkPackage, fetchurl, qtssl-16, rudi-96 }:
mkPackage rec {
  pname = "netcurlto-9";
  version = "7.21.0";
  src = fetchurl {
    url = "https://example.org/netcurlto-9/${pname}-${version}.tar.gz";
    sha256 = "948cdd64a74abbfa496e3f994ff019c054459bdd2424bdee2a9adae76236334c";
  };
  buildInputs = [ qtssl-16 rudi-96 ];
  meta = with lib; {
    description = "The netcurlto-9 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
