{ lib, mkPackage, fetchurl, panetcurl-79, pyqtgo-5, sslcurlpy-68, xmlfspng-8 }:
mkPackage rec {
  pname = "togo-77";
  version = "6.9.8";
  src = fetchurl {
    url = "https://example.org/togo-77/${pname}-${version}.tar.gz";
    sha256 = "234e9a9fa1b3709096968fe4c8aa01d18a46c3d69e5d7d506c0ea088617a669c";
  };
  buildInputs = [ panetcurl-79 pyqtgo-5 sslcurlpy-68 xmlfspng-8 ];
  meta = with lib; {
    description = "The togo-77 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
