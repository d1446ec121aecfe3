{ lib, mkPackage, fetchurl, exdimu-25, gitgogit-81, gtkcrypt-66, mupngpng-81 }:
mkPackage rec {
  pname = "kanetzz-18";
  version = "5.19.3";
  src = fetchurl {
    url = "https://example.org/kanetzz-18/${pname}-${version}.tar.gz";
    sha256 = "57a721bcf3de182c15032f3b7eb1ff1d52de7c2d0e5a8b9b9d33911021a9534f";
  };
  buildInputs = [ exdimu-25 gitgogit-81 gtkcrypt-66 mupngpng-81 ];
  meta = with lib; {
    description = "The kanetzz-18 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
