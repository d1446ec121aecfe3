{ lib, mkPackage, fetchurl, exgit-82, togozz-8 }:
mkPackage rec {
  pname = "gomu-8";
  version = "2.3.8";
  src = fetchurl {
    url = "https://example.org/gomu-8/${pname}-${version}.tar.gz";
    sha256 = "d0b3d29806c7154392d7ef148079db292498954425425594b524886a68eb433a";
  };
  buildInputs = [ exgit-82 togozz-8 ];
  meta = with lib; {
    description = "The gomu-8 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
