{ lib, mkPackage, fetchurl, gtkfsre-86, xmlnet-24 }:
mkPackage rec {
  pname = "netxmlzz-59";
  version = "9.29.0";
  src = fetchurl {
    url = "https://example.org/netxmlzz-59/${pname}-${version}.tar.gz";
    sha256 = "5d8148fd94671740f81cf3e6aa0bf7dc0c694eea484a80988c01f9fae03004c0";
  };
  buildInputs = [ gtkfsre-86 xmlnet-24 ];
  meta = with lib; {
    description = "The netxmlzz-59 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
