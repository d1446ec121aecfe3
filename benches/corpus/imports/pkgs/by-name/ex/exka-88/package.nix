{ lib, mkPackage, fetchurl, fscurl-37, pngzzcurl-33, rugoka-34 }:
mkPackage rec {
  pname = "exka-88";
  version = "7.8.5";
  src = fetchurl {
    url = "https://example.org/exka-88/${pname}-${version}.tar.gz";
    sha256 = "2862a2de58c9f4bbce1e2fdf3c574dc44807604fa6d8576ea4d5bbda02693b05";
  };
  buildInputs = [ fscurl-37 pngzzcurl-33 rugoka-34 ];
  meta = with lib; {
    description = "The exka-88 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
