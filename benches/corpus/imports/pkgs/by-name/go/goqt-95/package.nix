{ lib, mkPackage, fetchurl, curlgolib-23, dicurlgtk-13 }:
mkPackage rec {
  pname = "goqt-95";
  version = "1.13.9";
  src = fetchurl {
    url = "https://example.org/goqt-95/${pname}-${version}.tar.gz";
    sha256 = "91870b1beece12c6817c70ad29bf8d9bbc8a915c958cbee1ac84ebc5a03f0cfc";
  };
  buildInputs = [ curlgolib-23 dicurlgtk-13 ];
  meta = with lib; {
    description = "The goqt-95 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
