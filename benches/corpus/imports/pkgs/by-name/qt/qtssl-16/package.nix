{ lib, mkPackage, fetchurl, gitzz-74, kanet-6, qtkago-11, qtnet-32 }:
mkPackage rec {
  pname = "qtssl-16";
  version = "4.26.3";
  src = fetchurl {
    url = "https://example.org/qtssl-16/${pname}-${version}.tar.gz";
    sha256 = "556ddc049c044e30b81ea3a76fd77a5ba2516dbf8e6e485c9c45c242b2d8cc25";
  };
  buildInputs = [ gitzz-74 kanet-6 qtkago-11 qtnet-32 ];
  meta = with lib; {
    description = "The qtssl-16 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
