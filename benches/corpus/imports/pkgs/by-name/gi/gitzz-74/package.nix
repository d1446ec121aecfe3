{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "gitzz-74";
  version = "4.16.0";
  src = fetchurl {
    url = "https://example.org/gitzz-74/${pname}-${version}.tar.gz";
    sha256 = "9e5f00bbd5be17d00006d94f52761c95d0913c99ed165644d73aaba689269fae";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The gitzz-74 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
