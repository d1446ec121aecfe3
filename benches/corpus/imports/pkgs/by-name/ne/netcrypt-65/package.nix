{ lib, mkPackage, fetchurl, kagit-79 }:
mkPackage rec {
  pname = "netcrypt-65";
  version = "1.8.6";
  src = fetchurl {
    url = "https://example.org/netcrypt-65/${pname}-${version}.tar.gz";
    sha256 = "2a27b3b655f359ff3b2cf7095c1dcd2863f7966535a7f2e959c235f7c871a66b";
  };
  buildInputs = [ kagit-79 ];
  meta = with lib; {
    description = "The netcrypt-65 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
