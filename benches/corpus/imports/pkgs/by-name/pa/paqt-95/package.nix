{ lib, mkPackage, fetchurl, gtkcrypt-66, topycurl-40 }:
mkPackage rec {
  pname = "paqt-95";
  version = "0.24.9";
  src = fetchurl {
    url = "https://example.org/paqt-95/${pname}-${version}.tar.gz";
    sha256 = "520bc28453a3d544cb22cf65f901924567e95a450c5705221d32d281d49becd5";
  };
  buildInputs = [ gtkcrypt-66 topycurl-40 ];
  meta = with lib; {
    description = "The paqt-95 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
