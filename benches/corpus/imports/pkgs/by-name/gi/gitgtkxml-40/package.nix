{ lib, mkPackage, fetchurl, kapng-53 }:
mkPackage rec {
  pname = "gitgtkxml-40";
  version = "7.3.1";
  src = fetchurl {
    url = "https://example.org/gitgtkxml-40/${pname}-${version}.tar.gz";
    sha256 = "08226bc35e2f1cb8ce914896f10338e02dffb3041b8e1ba7dbef96e85e4d846c";
  };
  buildInputs = [ kapng-53 ];
  meta = with lib; {
    description = "The gitgtkxml-40 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
