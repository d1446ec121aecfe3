{ lib, mkPackage, fetchurl, mukazz-95 }:
mkPackage rec {
  pname = "ruxmllib-81";
  version = "3.3.6";
  src = fetchurl {
    url = "https://example.org/ruxmllib-81/${pname}-${version}.tar.gz";
    sha256 = "307ed11cae218aaaa777e8aec3a0603967e3df60a73d88945e6ee07c1b6da78d";
  };
  buildInputs = [ mukazz-95 ];
  meta = with lib; {
    description = "The ruxmllib-81 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
