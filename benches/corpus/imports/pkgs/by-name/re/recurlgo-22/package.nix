{ lib, mkPackage, fetchurl, curlpa-48, libxmlto-58, paqt-95 }:
mkPackage rec {
  pname = "recurlgo-22";
  version = "2.23.9";
  src = fetchurl {
    url = "https://example.org/recurlgo-22/${pname}-${version}.tar.gz";
    sha256 = "d90190cb0cef498e0e4f63930ed48ea3bbff37174da7d32bb36ae8c8fea1c4da";
  };
  buildInputs = [ curlpa-48 libxmlto-58 paqt-95 ];
  meta = with lib; {
    description = "The recurlgo-22 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
