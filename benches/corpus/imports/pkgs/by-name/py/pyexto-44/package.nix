{ lib, mkPackage, fetchurl, gtkru-59, libto-96, netlib-99, pngpa-4 }:
mkPackage rec {
  pname = "pyexto-44";
  version = "5.17.6";
  src = fetchurl {
    url = "https://example.org/pyexto-44/${pname}-${version}.tar.gz";
    sha256 = "814085ed5a2de0ee03e938d5999f73e3dc8f555f9c79de109628b99b50aa9d4a";
  };
  buildInputs = [ gtkru-59 libto-96 netlib-99 pngpa-4 ];
  meta = with lib; {
    description = "The pyexto-44 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
