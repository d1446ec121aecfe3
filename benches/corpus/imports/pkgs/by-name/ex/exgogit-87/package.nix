{ lib, mkPackage, fetchurl, exrepa-27, pnggogo-80, zzdi-46 }:
mkPackage rec {
  pname = "exgogit-87";
  version = "5.2.8";
  src = fetchurl {
    url = "https://example.org/exgogit-87/${pname}-${version}.tar.gz";
    sha256 = "7ac900737fa9408e476708dd822edfb34a88bc076d9b3b6e921ef73593b80786";
  };
  buildInputs = [ exrepa-27 pnggogo-80 zzdi-46 ];
  meta = with lib; {
    description = "The exgogit-87 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
