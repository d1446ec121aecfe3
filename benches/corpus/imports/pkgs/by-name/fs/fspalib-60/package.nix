{ lib, mkPackage, fetchurl, fspafs-66, gitmu-19 }:
mkPackage rec {
  pname = "fspalib-60";
  version = "2.24.5";
  src = fetchurl {
    url = "https://example.org/fspalib-60/${pname}-${version}.tar.gz";
    sha256 = "cbe2e3846d4a1f46fbeb9cc7ac130f33e5fe4d3b027d684e3ad3c1fde0ef89b0";
  };
  buildInputs = [ fspafs-66 gitmu-19 ];
  meta = with lib; {
    description = "The fspalib-60 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
