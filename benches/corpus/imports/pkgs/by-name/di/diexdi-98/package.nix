{ lib, mkPackage, fetchurl, exru-39, pyfs-43 }:
mkPackage rec {
  pname = "diexdi-98";
  version = "8.25.3";
  src = fetchurl {
    url = "https://example.org/diexdi-98/${pname}-${version}.tar.gz";
    sha256 = "4c96f86333fbc3a368c23f91fe1945da05a08fae7daaa862f2085269d943404a";
  };
  buildInputs = [ exru-39 pyfs-43 ];
  meta = with lib; {
    description = "The diexdi-98 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
