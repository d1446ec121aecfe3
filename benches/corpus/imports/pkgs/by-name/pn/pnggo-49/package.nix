{ lib, mkPackage, fetchurl, fsdissl-8, mucurl-75 }:
mkPackage rec {
  pname = "pnggo-49";
  version = "9.3.8";
  src = fetchurl {
    url = "https://example.org/pnggo-49/${pname}-${version}.tar.gz";
    sha256 = "3b860a1aaffb593cb1ba757dc40e46ae8211ea03ded2a5bfa59cc2d1d24308a0";
  };
  buildInputs = [ fsdissl-8 mucurl-75 ];
  meta = with lib; {
    description = "The pnggo-49 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
