{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "curlto-0";
  version = "6.28.5";
  src = fetchurl {
    url = "https://example.org/curlto-0/${pname}-${version}.tar.gz";
    sha256 = "1cf83f53a39372b14eab07beb34df8a13e233b10ed8915a38228f7bf34f87f8e";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The curlto-0 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
