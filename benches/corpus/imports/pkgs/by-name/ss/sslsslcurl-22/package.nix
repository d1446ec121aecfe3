{ lib, mkPackage, fetchurl, exex-11, rumu-97 }:
mkPackage rec {
  pname = "sslsslcurl-22";
  version = "7.24.6";
  src = fetchurl {
    url = "https://example.org/sslsslcurl-22/${pname}-${version}.tar.gz";
    sha256 = "b814f808c74bf8d4bf3754a9fc7febd44a70f6962fe685462c1dfd6594d555f8";
  };
  buildInputs = [ exex-11 rumu-97 ];
  meta = with lib; {
    description = "The sslsslcurl-22 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
