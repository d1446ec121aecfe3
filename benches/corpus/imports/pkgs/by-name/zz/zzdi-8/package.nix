{ lib, mkPackage, fetchurl, fspng-71, gomu-8, zzpy-99 }:
mkPackage rec {
  pname = "zzdi-8";
  version = "1.23.0";
  src = fetchurl {
    url = "https://example.org/zzdi-8/${pname}-${version}.tar.gz";
    sha256 = "150079552c428f8936e3cebce7153c1b94968cf79196500c0b70618ac0a25ba0";
  };
  buildInputs = [ fspng-71 gomu-8 zzpy-99 ];
  meta = with lib; {
    description = "The zzdi-8 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
