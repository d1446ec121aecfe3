{ lib, mkPackage, fetchurl, fsdire-46, pyfs-43, rugoqt-11 }:
mkPackage rec {
  pname = "gitru-57";
  version = "7.18.5";
  src = fetchurl {
    url = "https://example.org/gitru-57/${pname}-${version}.tar.gz";
    sha256 = "4f1d07652e5719395c0e0ba8a423e726e51f61912421cf44085fc973592026d9";
  };
  buildInputs = [ fsdire-46 pyfs-43 rugoqt-11 ];
  meta = with lib; {
    description = "The gitru-57 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
