{ lib, mkPackage, fetchurl, gtkfsre-86 }:
mkPackage rec {
  pname = "pngpy-21";
  version = "6.28.8";
  src = fetchurl {
    url = "https://example.org/pngpy-21/${pname}-${version}.tar.gz";
    sha256 = "3edefd4384c4086bd418877b1f5338c89ef74c8c7eea238a8a7900eaa4701f99";
  };
  buildInputs = [ gtkfsre-86 ];
  meta = with lib; {
    description = "The pngpy-21 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
