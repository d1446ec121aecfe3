{ lib, mkPackage, fetchurl, kagit-79, netnet-68, pngcrypt-85 }:
mkPackage rec {
  pname = "gtkfsxml-4";
  version = "9.20.7";
  src = fetchurl {
    url = "https://example.org/gtkfsxml-4/${pname}-${version}.tar.gz";
    sha256 = "07177d35f7e28913c7cf7afe99c11dcd4dffb361721040a92643f6702e16fdde";
  };
  buildInputs = [ kagit-79 netnet-68 pngcrypt-85 ];
  meta = with lib; {
    description = "The gtkfsxml-4 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
