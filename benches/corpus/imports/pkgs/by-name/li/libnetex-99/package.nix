{ lib, mkPackage, fetchurl, gtkgo-55, netressl-15, sslsslpa-24, xmlto-4 }:
mkPackage rec {
  pname = "libnetex-99";
  version = "9.11.0";
  src = fetchurl {
    url = "https://example.org/libnetex-99/${pname}-${version}.tar.gz";
    sha256 = "7020df2d8dc50c740385600fa529e51501b7c5909d84973786b37a7a05ae5236";
  };
  buildInputs = [ gtkgo-55 netressl-15 sslsslpa-24 xmlto-4 ];
  meta = with lib; {
    description = "The libnetex-99 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
