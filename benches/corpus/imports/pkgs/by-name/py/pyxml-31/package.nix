{ lib, mkPackage, fetchurl, rugoqt-11, xmlrufs-64 }:
mkPackage rec {
  pname = "pyxml-31";
  version = "1.10.5";
  src = fetchurl {
    url = "https://example.org/pyxml-31/${pname}-${version}.tar.gz";
    sha256 = "2d7b2da9ba96bbdfdb61c10fa7cbf548133519d058ed730d09469dfc9a8aa9f3";
  };
  buildInputs = [ rugoqt-11 xmlrufs-64 ];
  meta = with lib; {
    description = "The pyxml-31 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
