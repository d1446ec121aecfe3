{ lib, mkPackage, fetchurl, gopy-31, renet-30, repycrypt-57 }:
mkPackage rec {
  pname = "gtknet-19";
  version = "4.30.9";
  src = fetchurl {
    url = "https://example.org/gtknet-19/${pname}-${version}.tar.gz";
    sha256 = "076ab66a7ba8076d2831f3be48b6d40bdf0c8fd06411cafe3cde50e6131cadd7";
  };
  buildInputs = [ gopy-31 renet-30 repycrypt-57 ];
  meta = with lib; {
    description = "The gtknet-19 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
