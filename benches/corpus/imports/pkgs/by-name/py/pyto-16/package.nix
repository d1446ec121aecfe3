{ lib, mkPackage, fetchurl, netnet-68, qtxml-18, xmlnet-24, zznetcrypt-11 }:
mkPackage rec {
  pname = "pyto-16";
  version = "5.16.0";
  src = fetchurl {
    url = "https://example.org/pyto-16/${pname}-${version}.tar.gz";
    sha256 = "4514bc10241aa7f3ad19aee80182c3da2e906d586e5f391192e994adb43c7ef1";
  };
  buildInputs = [ netnet-68 qtxml-18 xmlnet-24 zznetcrypt-11 ];
  meta = with lib; {
    description = "The pyto-16 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
