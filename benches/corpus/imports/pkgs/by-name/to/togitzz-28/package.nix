{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "togitzz-28";
  version = "3.24.3";
  src = fetchurl {
    url = "https://example.org/togitzz-28/${pname}-${version}.tar.gz";
    sha256 = "63827b26fb913aac5e42215466114d0053bdc12c472165593efc44e996934d14";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The togitzz-28 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
