{ lib, mkPackage, fetchurl, fsssl-44, gitcurlqt-88, libzz-71, torepa-38 }:
mkPackage rec {
  pname = "xmlsslzz-51";
  version = "5.28.8";
  src = fetchurl {
    url = "https://example.org/xmlsslzz-51/${pname}-${version}.tar.gz";
    sha256 = "0d3578f0661c30a087a5e9a4a0ea151ae1f88cfd700a7eccc56151c6de13bf4d";
  };
  buildInputs = [ fsssl-44 gitcurlqt-88 libzz-71 torepa-38 ];
  meta = with lib; {
    description = "The xmlsslzz-51 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
