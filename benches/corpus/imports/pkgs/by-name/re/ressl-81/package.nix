{ lib, mkPackage, fetchurl, rere-47, rutofs-53, xmldiex-24, zzpy-99 }:
mkPackage rec {
  pname = "ressl-81";
  version = "7.15.9";
  src = fetchurl {
    url = "https://example.org/ressl-81/${pname}-${version}.tar.gz";
    sha256 = "90c0c9abb539943241fc5c724a557f4c271adcc222604ece81f6ca1bf7764788";
  };
  buildInputs = [ rere-47 rutofs-53 xmldiex-24 zzpy-99 ];
  meta = with lib; {
    description = "The ressl-81 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
