{ lib, mkPackage, fetchurl, gitcurl-60, topycurl-40 }:
mkPackage rec {
  pname = "zzpngre-90";
  version = "9.9.8";
  src = fetchurl {
    url = "https://example.org/zzpngre-90/${pname}-${version}.tar.gz";
    sha256 = "348477117ead410be53df6f0585aaba3dfbb2e5edebcc387b90b2e02e97b648a";
  };
  buildInputs = [ gitcurl-60 topycurl-40 ];
  meta = with lib; {
    description = "The zzpngre-90 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
