{ lib, mkPackage, fetchurl, fsgitfs-64, kanet-6 }:
mkPackage rec {
  pname = "libnetpng-21";
  version = "9.26.4";
  src = fetchurl {
    url = "https://example.org/libnetpng-21/${pname}-${version}.tar.gz";
    sha256 = "164b60d8ce5912a050bcb36b7e7a62194beca3121cca4ba9ca31fc6b3477c46e";
  };
  buildInputs = [ fsgitfs-64 kanet-6 ];
  meta = with lib; {
    description = "The libnetpng-21 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
