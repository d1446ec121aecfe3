{ lib, mkPackage, fetchurl, palibqt-34 }:
mkPackage rec {
  pname = "gitmu-11";
  version = "1.1.2";
  src = fetchurl {
    url = "https://example.org/gitmu-11/${pname}-${version}.tar.gz";
    sha256 = "84277c601e355e53fde56424b447bd3d6d938b6940edd41ef1ace63dbbd20cf0";
  };
  buildInputs = [ palibqt-34 ];
  meta = with lib; {
    description = "The gitmu-11 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
