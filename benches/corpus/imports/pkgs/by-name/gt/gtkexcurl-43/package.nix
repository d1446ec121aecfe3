{ lib, mkPackage, fetchurl, cryptfsmu-80, expng-66, netgtk-4 }:
mkPackage rec {
  pname = "gtkexcurl-43";
  version = "9.17.2";
  src = fetchurl {
    url = "https://example.org/gtkexcurl-43/${pname}-${version}.tar.gz";
    sha256 = "eb2114fdfa0e421a7c2175b3ad532bdfe7081f22c5bcb0f284abcea00e6763e2";
  };
  buildInputs = [ cryptfsmu-80 expng-66 netgtk-4 ];
  meta = with lib; {
    description = "The gtkexcurl-43 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
