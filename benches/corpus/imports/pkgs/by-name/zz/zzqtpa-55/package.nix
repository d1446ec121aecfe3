{ lib, mkPackage, fetchurl, pngzzssl-10, toxml-58 }:
mkPackage rec {
  pname = "zzqtpa-55";
  version = "5.28.2";
  src = fetchurl {
    url = "https://example.org/zzqtpa-55/${pname}-${version}.tar.gz";
    sha256 = "742a5acd544ff2171e8f7e1a5d1a4d8fd1d0f10ee0ed4fccb2692e7a3a0b224e";
  };
  buildInputs = [ pngzzssl-10 toxml-58 ];
  meta = with lib; {
    description = "The zzqtpa-55 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
