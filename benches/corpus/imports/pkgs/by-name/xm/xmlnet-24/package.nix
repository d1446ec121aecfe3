{ lib, mkPackage, fetchurl, cryptkadi-9, cryptlib-95, cryptzzcurl-81, pycrypt-77 }:
mkPackage rec {
  pname = "xmlnet-24";
  version = "4.27.5";
  src = fetchurl {
    url = "https://example.org/xmlnet-24/${pname}-${version}.tar.gz";
    sha256 = "8da2a5641f65371149dd1cdd41a65ed03a2b382f55c94d2b6d0120277e9e7937";
  };
  buildInputs = [ cryptkadi-9 cryptlib-95 cryptzzcurl-81 pycrypt-77 ];
  meta = with lib; {
    description = "The xmlnet-24 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
