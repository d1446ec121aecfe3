{ lib, mkPackage, fetchurl, libnetpng-21, netcurl-48, xmlnet-24, zzex-78 }:
mkPackage rec {
  pname = "rulib-16";
  version = "7.30.8";
  src = fetchurl {
    url = "https://example.org/rulib-16/${pname}-${version}.tar.gz";
    sha256 = "743c2a359c9a046503505656d474591b682cb2eec510d63652f79556b5302688";
  };
  buildInputs = [ libnetpng-21 netcurl-48 xmlnet-24 zzex-78 ];
  meta = with lib; {
    description = "The rulib-16 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
