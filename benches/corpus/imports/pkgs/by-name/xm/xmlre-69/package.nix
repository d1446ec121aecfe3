{ lib, mkPackage, fetchurl, godilib-91, libzz-35 }:
mkPackage rec {
  pname = "xmlre-69";
  version = "9.14.8";
  src = fetchurl {
    url = "https://example.org/xmlre-69/${pname}-${version}.tar.gz";
    sha256 = "0305d40fa6574d663a7eb169a78d57e4f804079ecc79b3d96e2fb07c1494832d";
  };
  buildInputs = [ godilib-91 libzz-35 ];
  meta = with lib; {
    description = "The xmlre-69 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
