{ lib, mkPackage, fetchurl, gorere-87 }:
mkPackage rec {
  pname = "tomu-57";
  version = "3.21.4";
  src = fetchurl {
    url = "https://example.org/tomu-57/${pname}-${version}.tar.gz";
    sha256 = "118f296703d4cc9693f47b962b1e23dfcfa89d08d4da7c6f60b2446f87369839";
  };
  buildInputs = [ gorere-87 ];
  meta = with lib; {
    description = "The tomu-57 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
