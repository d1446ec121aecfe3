{ lib, mkPackage, fetchurl, rere-47, topycurl-40, zzcurlto-72 }:
mkPackage rec {
  pname = "rugoqt-11";
  version = "2.25.1";
  src = fetchurl {
    url = "https://example.org/rugoqt-11/${pname}-${version}.tar.gz";
    sha256 = "14fdf4710b39e26593c272f2e1ac728a8d2b59e9ec90414830f470882339c7ae";
  };
  buildInputs = [ rere-47 topycurl-40 zzcurlto-72 ];
  meta = with lib; {
    description = "The rugoqt-11 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
