{ lib, mkPackage, fetchurl, padi-1, pygopy-28, xmlpanet-97 }:
mkPackage rec {
  pname = "xmlpazz-77";
  version = "7.0.0";
  src = fetchurl {
    url = "https://example.org/xmlpazz-77/${pname}-${version}.tar.gz";
    sha256 = "dbf81dcd25b2df605497dd9f2eab34bb1a994e17a1908ff87d138f684318b0af";
  };
  buildInputs = [ padi-1 pygopy-28 xmlpanet-97 ];
  meta = with lib; {
    description = "The xmlpazz-77 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
