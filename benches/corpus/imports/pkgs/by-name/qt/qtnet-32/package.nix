{ lib, mkPackage, fetchurl, gitgogit-81, kagit-79, netmuxml-20, netnet-68 }:
mkPackage rec {
  pname = "qtnet-32";
  version = "9.10.4";
  src = fetchurl {
    url = "https://example.org/qtnet-32/${pname}-${version}.tar.gz";
    sha256 = "7963e406d0752b1e4bf8ef8a1001338b76b54323244d98593881bdeb1fc5883f";
  };
  buildInputs = [ gitgogit-81 kagit-79 netmuxml-20 netnet-68 ];
  meta = with lib; {
    description = "The qtnet-32 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
