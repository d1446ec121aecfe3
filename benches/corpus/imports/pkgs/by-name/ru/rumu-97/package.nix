{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "rumu-97";
  version = "5.23.3";
  src = fetchurl {
    url = "https://example.org/rumu-97/${pname}-${version}.tar.gz";
    sha256 = "eca5b7ccfe6e8c82c2e8c3d3f6c46e362c087db8b47f349f8dfd66cc14f468f8";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The rumu-97 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
