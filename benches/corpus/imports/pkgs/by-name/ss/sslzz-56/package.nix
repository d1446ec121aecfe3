{ lib, mkPackage, fetchurl, curlpy-23, qtxml-18, xmlgtk-86 }:
mkPackage rec {
  pname = "sslzz-56";
  version = "8.4.5";
  src = fetchurl {
    url = "https://example.org/sslzz-56/${pname}-${version}.tar.gz";
    sha256 = "7549b303ce7fa71cb0ae5c5b236ccfebe606b12f4b8088c4d86d2baece64599c";
  };
  buildInputs = [ curlpy-23 qtxml-18 xmlgtk-86 ];
  meta = with lib; {
    description = "The sslzz-56 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
