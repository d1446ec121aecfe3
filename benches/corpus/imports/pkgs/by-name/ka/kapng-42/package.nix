{ lib, mkPackage, fetchurl, fstogit-10, kasslzz-47, repa-26, reru-69 }:
mkPackage rec {
  pname = "kapng-42";
  version = "2.13.9";
  src = fetchurl {
    url = "https://example.org/kapng-42/${pname}-${version}.tar.gz";
    sha256 = "4f75961a4cdc2092b6344a3212883ce73eef947cc7defd129abc55e31391f7b7";
  };
  buildInputs = [ fstogit-10 kasslzz-47 repa-26 reru-69 ];
  meta = with lib; {
    description = "The kapng-42 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
