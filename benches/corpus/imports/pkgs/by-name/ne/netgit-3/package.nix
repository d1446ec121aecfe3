{ lib, mkPackage, fetchurl, cryptfsmu-80, gitgogit-81, refsgo-89 }:
mkPackage rec {
  pname = "netgit-3";
  version = "5.7.7";
  src = fetchurl {
    url = "https://example.org/netgit-3/${pname}-${version}.tar.gz";
    sha256 = "b616ce6d8ab2e54a3202b1a918b0183b250bff85e87f36d7347f6cdbe286193d";
  };
  buildInputs = [ cryptfsmu-80 gitgogit-81 refsgo-89 ];
  meta = with lib; {
    description = "The netgit-3 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
