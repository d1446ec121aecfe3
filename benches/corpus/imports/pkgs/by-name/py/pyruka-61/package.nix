{ lib, mkPackage, fetchurl, rere-41, sslcurlpy-68, topycurl-40 }:
mkPackage rec {
  pname = "pyruka-61";
  version = "6.14.9";
  src = fetchurl {
    url = "https://example.org/pyruka-61/${pname}-${version}.tar.gz";
    sha256 = "d8d4ad30828bf63679d05f4b92449624d95f704dfe1d7f216431694fd0a81726";
  };
  buildInputs = [ rere-41 sslcurlpy-68 topycurl-40 ];
  meta = with lib; {
    description = "The pyruka-61 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
