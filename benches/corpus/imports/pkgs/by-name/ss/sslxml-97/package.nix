{ lib, mkPackage, fetchurl, curlrunet-97 }:
mkPackage rec {
  pname = "sslxml-97";
  version = "5.8.8";
  src = fetchurl {
    url = "https://example.org/sslxml-97/${pname}-${version}.tar.gz";
    sha256 = "3c3ac9088e487eb5124ea2e6b3d5dbacf40554e69104a2bf28ba679f5edcc31d";
  };
  buildInputs = [ curlrunet-97 ];
  meta = with lib; {
    description = "The sslxml-97 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
