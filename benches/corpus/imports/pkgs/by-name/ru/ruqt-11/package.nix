{ lib, mkPackage, fetchurl, gitkafs-66, netcrypt-64, netex-71 }:
mkPackage rec {
  pname = "ruqt-11";
  version = "7.3.7";
  src = fetchurl {
    url = "https://example.org/ruqt-11/${pname}-${version}.tar.gz";
    sha256 = "77a6e4d8eb0e3d639a15ff05d85326b9f643406b603447f78df6450391dced47";
  };
  buildInputs = [ gitkafs-66 netcrypt-64 netex-71 ];
  meta = with lib; {
    description = "The ruqt-11 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
