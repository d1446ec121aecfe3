{ lib, mkPackage, fetchurl, torepa-38, zzpy-99 }:
mkPackage rec {
  pname = "renet-30";
  version = "0.5.2";
  src = fetchurl {
    url = "https://example.org/renet-30/${pname}-${version}.tar.gz";
    sha256 = "016ca1a2e4ea15ce721252624fddaa9ca16670675012ac5f9bf7d19f3f2defc8";
  };
  buildInputs = [ torepa-38 zzpy-99 ];
  meta = with lib; {
    description = "The renet-30 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
