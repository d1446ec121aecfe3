{ lib, mkPackage, fetchurl, exsslfs-51, katofs-0, mukazz-95 }:
mkPackage rec {
  pname = "libzz-71";
  version = "3.27.4";
  src = fetchurl {
    url = "https://example.org/libzz-71/${pname}-${version}.tar.gz";
    sha256 = "26fe46527997dca3b2e5abe4f5d3f771c8ec34c283a782a0992191a3d4b264f8";
  };
  buildInputs = [ exsslfs-51 katofs-0 mukazz-95 ];
  meta = with lib; {
    description = "The libzz-71 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
