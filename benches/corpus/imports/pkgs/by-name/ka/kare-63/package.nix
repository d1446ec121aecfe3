{ lib, mkPackage, fetchurl, libnetex-99, qtkago-11, xmlgtk-86 }:
mkPackage rec {
  pname = "kare-63";
  version = "0.29.0";
  src = fetchurl {
    url = "https://example.org/kare-63/${pname}-${version}.tar.gz";
    sha256 = "bb0180d7ad9d3934e3ca44040e86498cdc119ae91fc7de798e5700128cf728b0";
  };
  buildInputs = [ libnetex-99 qtkago-11 xmlgtk-86 ];
  meta = with lib; {
    description = "The kare-63 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
