{ lib, mkPackage, fetchurl, kagit-79, libxmlto-58, netnet-68, pngrego-13 }:
mkPackage rec {
  pname = "exxmlnet-70";
  version = "1.17.0";
  src = fetchurl {
    url = "https://example.org/exxmlnet-70/${pname}-${version}.tar.gz";
    sha256 = "6ea57f7032315a7690de56412a1c68f3b46ec3dc9f994d29badc0d2a05763ac0";
  };
  buildInputs = [ kagit-79 libxmlto-58 netnet-68 pngrego-13 ];
  meta = with lib; {
    description = "The exxmlnet-70 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
