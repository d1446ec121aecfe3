{ lib, mkPackage, fetchurl, gtkcrypt-66, xmlrecurl-96 }:
mkPackage rec {
  pname = "pngzz-74";
  version = "3.2.0";
  src = fetchurl {
    url = "https://example.org/pngzz-74/${pname}-${version}.tar.gz";
    sha256 = "3813f90f8884dfa3d24333100d16fb0f03e6616ede84ed97c2fd107c38103b5e";
  };
  buildInputs = [ gtkcrypt-66 xmlrecurl-96 ];
  meta = with lib; {
    description = "The pngzz-74 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
