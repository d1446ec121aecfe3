{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "sslpngnet-53";
  version = "0.9.5";
  src = fetchurl {
    url = "https://example.org/sslpngnet-53/${pname}-${version}.tar.gz";
    sha256 = "86ebb245cc21675c3dde302130a04c586564ad11ee260bbd085486c6d185baf7";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The sslpngnet-53 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
