{ lib, mkPackage, fetchurl, kagit-79, libzz-35, pngpyre-76, sslcurlpy-68 }:
mkPackage rec {
  pname = "muressl-26";
  version = "8.20.1";
  src = fetchurl {
    url = "https://example.org/muressl-26/${pname}-${version}.tar.gz";
    sha256 = "bf40b84401e5bd53658225ca27a719c16cf88bb2595ec9434ccf0affa7b6cff3";
  };
  buildInputs = [ kagit-79 libzz-35 pngpyre-76 sslcurlpy-68 ];
  meta = with lib; {
    description = "The muressl-26 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
