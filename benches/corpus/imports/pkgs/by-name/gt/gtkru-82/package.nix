{ lib, mkPackage, fetchurl, curltore-58, dicurl-90 }:
mkPackage rec {
  pname = "gtkru-82";
  version = "3.5.7";
  src = fetchurl {
    url = "https://example.org/gtkru-82/${pname}-${version}.tar.gz";
    sha256 = "a14c57dc13cc4c71658d9217ab4539c8d3819cae86a1743f04bcc2d6ab62a2d8";
  };
  buildInputs = [ curltore-58 dicurl-90 ];
  meta = with lib; {
    description = "The gtkru-82 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
