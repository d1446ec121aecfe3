{ lib, mkPackage, fetchurl, remu-36 }:
mkPackage rec {
  pname = "gogtkgit-97";
  version = "2.1.9";
  src = fetchurl {
    url = "https://example.org/gogtkgit-97/${pname}-${version}.tar.gz";
    sha256 = "018d2dc62e4702ce2676e88c5d1c96e006dffe6cc5a9c9ca32638f4a85351fc6";
  };
  buildInputs = [ remu-36 ];
  meta = with lib; {
    description = "The gogtkgit-97 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
