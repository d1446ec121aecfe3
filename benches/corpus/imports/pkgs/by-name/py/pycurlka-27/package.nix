{ lib, mkPackage, fetchurl, kanet-6, kasslpng-39 }:
mkPackage rec {
  pname = "pycurlka-27";
  version = "6.8.2";
  src = fetchurl {
    url = "https://example.org/pycurlka-27/${pname}-${version}.tar.gz";
    sha256 = "d2dd6b9486a3dd2c1fa40031b61a9536ce755d6f1664b81f7f2709e2ad5f6736";
  };
  buildInputs = [ kanet-6 kasslpng-39 ];
  meta = with lib; {
    description = "The pycurlka-27 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
