{ lib, mkPackage, fetchurl, digo-32 }:
mkPackage rec {
  pname = "gtkmugtk-84";
  version = "7.20.5";
  src = fetchurl {
    url = "https://example.org/gtkmugtk-84/${pname}-${version}.tar.gz";
    sha256 = "71d2600ab1317a86e9b0713c0f3ab31d08b7ffdac4137d5546095c5c08ea5c41";
  };
  buildInputs = [ digo-32 ];
  meta = with lib; {
    description = "The gtkmugtk-84 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
