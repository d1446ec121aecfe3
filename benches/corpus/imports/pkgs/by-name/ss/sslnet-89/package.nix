{ lib, mkPackage, fetchurl, rere-47 }:
mkPackage rec {
  pname = "sslnet-89";
  version = "3.12.5";
  src = fetchurl {
    url = "https://example.org/sslnet-89/${pname}-${version}.tar.gz";
    sha256 = "74f87e557777a5221c4ce6ad6725f4b9efcfa0d5b86de1cc541ed68e273a9f1c";
  };
  buildInputs = [ rere-47 ];
  meta = with lib; {
    description = "The sslnet-89 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
