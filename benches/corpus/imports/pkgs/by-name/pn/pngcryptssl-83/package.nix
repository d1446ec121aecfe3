{ lib, mkPackage, fetchurl, cryptfsmu-80, sslcurlpy-68 }:
mkPackage rec {
  pname = "pngcryptssl-83";
  version = "9.25.4";
  src = fetchurl {
    url = "https://example.org/pngcryptssl-83/${pname}-${version}.tar.gz";
    sha256 = "8ef4b91f297d03b59447c809f47d5ed37ecd03e0b5ebfdd85dc9dd7a96631241";
  };
  buildInputs = [ cryptfsmu-80 sslcurlpy-68 ];
  meta = with lib; {
    description = "The pngcryptssl-83 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
