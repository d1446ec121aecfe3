{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "netexgit-81";
  version = "7.8.1";
  src = fetchurl {
    url = "https://example.org/netexgit-81/${pname}-${version}.tar.gz";
    sha256 = "b3d5e780fdf816d1ef17f1e32acd7f22f1b4163449bf74ea5b8e5c2ac20fa28d";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The netexgit-81 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
