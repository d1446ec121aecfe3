{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pngzzssl-10";
  version = "5.15.3";
  src = fetchurl {
    url = "https://example.org/pngzzssl-10/${pname}-${version}.tar.gz";
    sha256 = "6c4cc7beced23895f284d06689ad8bb12713ea3fac09eaf19dc7a294f08ef33c";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pngzzssl-10 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
