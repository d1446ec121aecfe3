{ lib, mkPackage, fetchurl, gitgogit-81, pngpago-75, pyqtgo-5 }:
mkPackage rec {
  pname = "papato-41";
  version = "4.10.1";
  src = fetchurl {
    url = "https://example.org/papato-41/${pname}-${version}.tar.gz";
    sha256 = "c89a4a1a46eabf3e43fad9089cd21d4365ffc682778d358407b93e0cd349b6b3";
  };
  buildInputs = [ gitgogit-81 pngpago-75 pyqtgo-5 ];
  meta = with lib; {
    description = "The papato-41 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
