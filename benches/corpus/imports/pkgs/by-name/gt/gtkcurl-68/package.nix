{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "gtkcurl-68";
  version = "1.12.6";
  src = fetchurl {
    url = "https://example.org/gtkcurl-68/${pname}-${version}.tar.gz";
    sha256 = "f7a7c9cff3d2e61239953c4a22c1f5c12a9c8ee7d3d6cf3915ad748f9065e74d";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The gtkcurl-68 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
