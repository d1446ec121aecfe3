{ lib, mkPackage, fetchurl, cryptcrypt-46, gogtkgit-97, libgtkpy-72 }:
mkPackage rec {
  pname = "gotolib-3";
  version = "1.3.9";
  src = fetchurl {
    url = "https://example.org/gotolib-3/${pname}-${version}.tar.gz";
    sha256 = "349957e198519c9bc2f439e1e91ab49bcd6c0c86871a5b746335aedf4fa949c2";
  };
  buildInputs = [ cryptcrypt-46 gogtkgit-97 libgtkpy-72 ];
  meta = with lib; {
    description = "The gotolib-3 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
