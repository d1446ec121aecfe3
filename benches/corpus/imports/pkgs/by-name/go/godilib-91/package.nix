{ lib, mkPackage, fetchurl, kasslzz-47 }:
mkPackage rec {
  pname = "godilib-91";
  version = "1.24.6";
  src = fetchurl {
    url = "https://example.org/godilib-91/${pname}-${version}.tar.gz";
    sha256 = "dd5e5f9c602d291a02629c5454ca2f003e1b64edb2a82bedfb3616fc87106ee2";
  };
  buildInputs = [ kasslzz-47 ];
  meta = with lib; {
    description = "The godilib-91 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
