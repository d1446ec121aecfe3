{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "papymu-66";
  version = "5.12.5";
  src = fetchurl {
    url = "https://example.org/papymu-66/${pname}-${version}.tar.gz";
    sha256 = "c12ce9c9a2fb34001cabef85acc8e65f5ef816867581f85842665febe6aff921";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The papymu-66 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
