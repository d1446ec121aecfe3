{ lib, mkPackage, fetchurl, gtkru-98 }:
mkPackage rec {
  pname = "netlib-56";
  version = "0.1.3";
  src = fetchurl {
    url = "https://example.org/netlib-56/${pname}-${version}.tar.gz";
    sha256 = "4c962b32533c2933a88ebe0e7b21bb3164f1ffbcb80dac312e13f89daa6730ff";
  };
  buildInputs = [ gtkru-98 ];
  meta = with lib; {
    description = "The netlib-56 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
