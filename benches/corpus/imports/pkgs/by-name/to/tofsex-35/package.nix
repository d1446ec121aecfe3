{ lib, mkPackage, fetchurl, fsgo-48, fspng-45, fsssllib-20, kaqtpy-61 }:
mkPackage rec {
  pname = "tofsex-35";
  version = "7.9.7";
  src = fetchurl {
    url = "https://example.org/tofsex-35/${pname}-${version}.tar.gz";
    sha256 = "1f294da07438d24d3d55dffeeec55969f76264fc01db6c61ba332d475056b3bc";
  };
  buildInputs = [ fsgo-48 fspng-45 fsssllib-20 kaqtpy-61 ];
  meta = with lib; {
    description = "The tofsex-35 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
