{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "fskanet-53";
  version = "5.0.8";
  src = fetchurl {
    url = "https://example.org/fskanet-53/${pname}-${version}.tar.gz";
    sha256 = "e24322198d98af284a3cf8e6f18dcad1474e779f5512329c4a985dd3ce1f8b24";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The fskanet-53 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
