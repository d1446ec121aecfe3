{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pazz-13";
  version = "4.6.8";
  src = fetchurl {
    url = "https://example.org/pazz-13/${pname}-${version}.tar.gz";
    sha256 = "95397664dce78070693ed568bc40a8ff51e30ced4b9e9b023b2b14cd2f14c47a";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pazz-13 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
