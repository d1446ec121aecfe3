{ lib, mkPackage, fetchurl, mussl-42 }:
mkPackage rec {
  pname = "zzgo-98";
  version = "4.1.9";
  src = fetchurl {
    url = "https://example.org/zzgo-98/${pname}-${version}.tar.gz";
    sha256 = "62365128d255d33b73ec07c193388fb144276b2e681c7f108175291dbddb099c";
  };
  buildInputs = [ mussl-42 ];
  meta = with lib; {
    description = "The zzgo-98 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
