{ lib, mkPackage, fetchurl, exzzgo-32 }:
mkPackage rec {
  pname = "gofs-93";
  version = "6.17.7";
  src = fetchurl {
    url = "https://example.org/gofs-93/${pname}-${version}.tar.gz";
    sha256 = "0c0063fe5530a5eed52a131592695e19964eabac1de85180c82e8ae15018bfea";
  };
  buildInputs = [ exzzgo-32 ];
  meta = with lib; {
    description = "The gofs-93 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
