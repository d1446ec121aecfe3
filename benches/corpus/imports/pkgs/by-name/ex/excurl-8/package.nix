{ lib, mkPackage, fetchurl, cryptgo-45, curlpy-23, gtkfsxml-4, xmlpanet-97 }:
mkPackage rec {
  pname = "excurl-8";
  version = "6.22.6";
  src = fetchurl {
    url = "https://example.org/excurl-8/${pname}-${version}.tar.gz";
    sha256 = "942a0fee0c42a8d6960370b9efd4a19d4b80251975f154e0f3586d5bfac488d3";
  };
  buildInputs = [ cryptgo-45 curlpy-23 gtkfsxml-4 xmlpanet-97 ];
  meta = with lib; {
    description = "The excurl-8 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
