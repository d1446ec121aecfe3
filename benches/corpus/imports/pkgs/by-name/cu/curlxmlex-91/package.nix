{ lib, mkPackage, fetchurl, kapng-42 }:
mkPackage rec {
  pname = "curlxmlex-91";
  version = "5.15.5";
  src = fetchurl {
    url = "https://example.org/curlxmlex-91/${pname}-${version}.tar.gz";
    sha256 = "4e3f8fd614f1d63ef850a8f43d0c4af429c1a812a29ce82d8a6da8875edb5f3f";
  };
  buildInputs = [ kapng-42 ];
  meta = with lib; {
    description = "The curlxmlex-91 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
