{ lib, mkPackage, fetchurl, cryptgo-11, fstogit-10, gozz-19, netcurllib-8 }:
mkPackage rec {
  pname = "golibgtk-76";
  version = "6.6.7";
  src = fetchurl {
    url = "https://example.org/golibgtk-76/${pname}-${version}.tar.gz";
    sha256 = "e8f71937dea1e95478204298229a6df7d263b0c563b72212c32db7049c7108d6";
  };
  buildInputs = [ cryptgo-11 fstogit-10 gozz-19 netcurllib-8 ];
  meta = with lib; {
    description = "The golibgtk-76 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
