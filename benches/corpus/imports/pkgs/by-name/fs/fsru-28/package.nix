{ lib, mkPackage, fetchurl, curlexre-28 }:
mkPackage rec {
  pname = "fsru-28";
  version = "7.12.6";
  src = fetchurl {
    url = "https://example.org/fsru-28/${pname}-${version}.tar.gz";
    sha256 = "2ed326f6618dfb84f03618c731dd02b4918464d2df7a22b20f9aa498592bddbe";
  };
  buildInputs = [ curlexre-28 ];
  meta = with lib; {
    description = "The fsru-28 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
