{ lib, mkPackage, fetchurl, libto-96, rumu-2, topa-3 }:
mkPackage rec {
  pname = "muto-81";
  version = "7.3.7";
  src = fetchurl {
    url = "https://example.org/muto-81/${pname}-${version}.tar.gz";
    sha256 = "80d66a6f73c856603185359ccec9bfe626f9446f93f40fafdc57e44aea2fb87d";
  };
  buildInputs = [ libto-96 rumu-2 topa-3 ];
  meta = with lib; {
    description = "The muto-81 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
