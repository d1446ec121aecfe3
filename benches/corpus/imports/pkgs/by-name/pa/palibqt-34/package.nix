{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "palibqt-34";
  version = "5.6.5";
  src = fetchurl {
    url = "https://example.org/palibqt-34/${pname}-${version}.tar.gz";
    sha256 = "0e60661f9196d675680af6e5ff7d308a66ee143055dc680e1b436e107b3caca7";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The palibqt-34 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
