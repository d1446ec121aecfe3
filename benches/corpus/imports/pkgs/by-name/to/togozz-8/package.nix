{ lib, mkPackage, fetchurl, gitgitpng-29 }:
mkPackage rec {
  pname = "togozz-8";
  version = "4.29.2";
  src = fetchurl {
    url = "https://example.org/togozz-8/${pname}-${version}.tar.gz";
    sha256 = "1aa85299170f16b0ba0fd8a58e5af44774bb0d92829a0e7553ad63e510d71c84";
  };
  buildInputs = [ gitgitpng-29 ];
  meta = with lib; {
    description = "The togozz-8 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
