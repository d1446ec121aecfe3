{ lib, mkPackage, fetchurl, papymu-66 }:
mkPackage rec {
  pname = "pngfs-33";
  version = "0.13.6";
  src = fetchurl {
    url = "https://example.org/pngfs-33/${pname}-${version}.tar.gz";
    sha256 = "5cdf327db3f7b3cf496a10cf82fe03a20f9a6405966a0a2438aa1f6b289c643a";
  };
  buildInputs = [ papymu-66 ];
  meta = with lib; {
    description = "The pngfs-33 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
