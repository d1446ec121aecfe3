{ lib, mkPackage, fetchurl, cryptmu-96, cryptre-49, dicurl-90 }:
mkPackage rec {
  pname = "fsgit-71";
  version = "2.21.4";
  src = fetchurl {
    url = "https://example.org/fsgit-71/${pname}-${version}.tar.gz";
    sha256 = "fe92d9c37fbcf6245750959922e91a63185593369de42d0d3c9f82bceb2c3142";
  };
  buildInputs = [ cryptmu-96 cryptre-49 dicurl-90 ];
  meta = with lib; {
    description = "The fsgit-71 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
