{ lib, mkPackage, fetchurl, kapa-34, muka-85, pngrego-13, pyfs-43 }:
mkPackage rec {
  pname = "tozzqt-96";
  version = "5.25.5";
  src = fetchurl {
    url = "https://example.org/tozzqt-96/${pname}-${version}.tar.gz";
    sha256 = "c3d895b1da1900d5a04e772a016c479e29ef9091569c5117e1e0dbc49cce1b6b";
  };
  buildInputs = [ kapa-34 muka-85 pngrego-13 pyfs-43 ];
  meta = with lib; {
    description = "The tozzqt-96 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
