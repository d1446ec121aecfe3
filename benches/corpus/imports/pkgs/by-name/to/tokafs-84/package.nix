{ lib, mkPackage, fetchurl, cryptfsmu-80, ruex-40 }:
mkPackage rec {
  pname = "tokafs-84";
  version = "4.27.1";
  src = fetchurl {
    url = "https://example.org/tokafs-84/${pname}-${version}.tar.gz";
    sha256 = "c2b49cdf07411046d7694d0aec101383ad62c2b2c4b3d2ad0fde4e1e6aeea088";
  };
  buildInputs = [ cryptfsmu-80 ruex-40 ];
  meta = with lib; {
    description = "The tokafs-84 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
