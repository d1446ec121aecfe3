{ lib, mkPackage, fetchurl, gomuxml-43, pyrepng-80 }:
mkPackage rec {
  pname = "dicurlgit-26";
  version = "9.2.6";
  src = fetchurl {
    url = "https://example.org/dicurlgit-26/${pname}-${version}.tar.gz";
    sha256 = "c28204df64751e87c1748e2b30398da737db7fd68acba14ab43caeaab261d00b";
  };
  buildInputs = [ gomuxml-43 pyrepng-80 ];
  meta = with lib; {
    description = "The dicurlgit-26 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
