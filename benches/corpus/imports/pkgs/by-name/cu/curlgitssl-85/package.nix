{ lib, mkPackage, fetchurl, curldigtk-93, gitgogit-81, repa-26 }:
mkPackage rec {
  pname = "curlgitssl-85";
  version = "5.25.2";
  src = fetchurl {
    url = "https://example.org/curlgitssl-85/${pname}-${version}.tar.gz";
    sha256 = "dd8054de1ca82b5a70a3f5f816a6817ce32e7ea7d99e303db8165523cefe29af";
  };
  buildInputs = [ curldigtk-93 gitgogit-81 repa-26 ];
  meta = with lib; {
    description = "The curlgitssl-85 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
