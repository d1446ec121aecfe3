{ lib, mkPackage, fetchurl, gitcurl-60, pngpago-75 }:
mkPackage rec {
  pname = "munetka-12";
  version = "1.0.1";
  src = fetchurl {
    url = "https://example.org/munetka-12/${pname}-${version}.tar.gz";
    sha256 = "17e2142d5a803aa14d3fa72179e40f378028be9bd02f25b818c89e169bd2731d";
  };
  buildInputs = [ gitcurl-60 pngpago-75 ];
  meta = with lib; {
    description = "The munetka-12 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
