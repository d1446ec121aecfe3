{ lib, mkPackage, fetchurl, fspafs-66, kalibxml-29, papngpa-60, rupa-68 }:
mkPackage rec {
  pname = "gitgtk-20";
  version = "8.28.1";
  src = fetchurl {
    url = "https://example.org/gitgtk-20/${pname}-${version}.tar.gz";
    sha256 = "563978c663b7e7e3da67d6127262b6dbd033a4cb4bb896446423110038081002";
  };
  buildInputs = [ fspafs-66 kalibxml-29 papngpa-60 rupa-68 ];
  meta = with lib; {
    description = "The gitgtk-20 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
