{ lib, mkPackage, fetchurl, gtkfsxml-4 }:
mkPackage rec {
  pname = "rupa-14";
  version = "3.11.6";
  src = fetchurl {
    url = "https://example.org/rupa-14/${pname}-${version}.tar.gz";
    sha256 = "fe8683e4c449c7e17577589066467fd46b38e59960796bda8e9b0e1385971554";
  };
  buildInputs = [ gtkfsxml-4 ];
  meta = with lib; {
    description = "The rupa-14 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
