{ lib, mkPackage, fetchurl, exru-39, kapng-53, libgit-50 }:
mkPackage rec {
  pname = "exgit-44";
  version = "3.8.7";
  src = fetchurl {
    url = "https://example.org/exgit-44/${pname}-${version}.tar.gz";
    sha256 = "8ab890ab62cec47292e947116df13f2fb1a98198faff71206dc5c47f2af4e038";
  };
  buildInputs = [ exru-39 kapng-53 libgit-50 ];
  meta = with lib; {
    description = "The exgit-44 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
