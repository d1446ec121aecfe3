{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pnglibcurl-70";
  version = "7.12.8";
  src = fetchurl {
    url = "https://example.org/pnglibcurl-70/${pname}-${version}.tar.gz";
    sha256 = "a1308da8c514d22894f821ba1216ad2bed582f41aa487d03ece2296a908e4d89";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pnglibcurl-70 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
