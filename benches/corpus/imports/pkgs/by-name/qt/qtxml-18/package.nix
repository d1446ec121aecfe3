{ lib, mkPackage, fetchurl, exdimu-25, gogtkgit-97, torepa-38 }:
mkPackage rec {
  pname = "qtxml-18";
  version = "4.26.3";
  src = fetchurl {
    url = "https://example.org/qtxml-18/${pname}-${version}.tar.gz";
    sha256 = "db50bab00a98cc0a0d8307440335461f88e7e018777c25b9169208f1ab722ac7";
  };
  buildInputs = [ exdimu-25 gogtkgit-97 torepa-38 ];
  meta = with lib; {
    description = "The qtxml-18 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
