{ lib, mkPackage, fetchurl, qtkago-11, toxml-58, tozz-62, zznetcrypt-11 }:
mkPackage rec {
  pname = "cryptlibgo-18";
  version = "2.10.6";
  src = fetchurl {
    url = "https://example.org/cryptlibgo-18/${pname}-${version}.tar.gz";
    sha256 = "c19b379791f1b96d2905e0a53a908298f211294a44f159365abd54eaaf16a9bb";
  };
  buildInputs = [ qtkago-11 toxml-58 tozz-62 zznetcrypt-11 ];
  meta = with lib; {
    description = "The cryptlibgo-18 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
