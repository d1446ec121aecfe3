{ lib, mkPackage, fetchurl, gtkfsxml-4, mulibdi-43, papngpa-60, pycurlka-27 }:
mkPackage rec {
  pname = "qtcryptpy-48";
  version = "9.9.0";
  src = fetchurl {
    url = "https://example.org/qtcryptpy-48/${pname}-${version}.tar.gz";
    sha256 = "183d506d078b043c90120757cbd19a5b9539b72615b12e84dc370cb4fecb88ad";
  };
  buildInputs = [ gtkfsxml-4 mulibdi-43 papngpa-60 pycurlka-27 ];
  meta = with lib; {
    description = "The qtcryptpy-48 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
