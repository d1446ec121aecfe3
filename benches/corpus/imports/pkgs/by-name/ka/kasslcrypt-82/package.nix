{ lib, mkPackage, fetchurl, cryptpy-45, gtkssl-43, netxmlzz-59, pyexpa-90 }:
mkPackage rec {
  pname = "kasslcrypt-82";
  version = "3.5.4";
  src = fetchurl {
    url = "https://example.org/kasslcrypt-82/${pname}-${version}.tar.gz";
    sha256 = "be38c7508241e1367e0030332b5b2d98b8c65d1a19e56bf0eedf18f15ca44edf";
  };
  buildInputs = [ cryptpy-45 gtkssl-43 netxmlzz-59 pyexpa-90 ];
  meta = with lib; {
    description = "The kasslcrypt-82 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
