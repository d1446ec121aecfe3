{ lib, mkPackage, fetchurl, fspy-2, pngpy-21 }:
mkPackage rec {
  pname = "gtkcurl-56";
  version = "4.6.6";
  src = fetchurl {
    url = "https://example.org/gtkcurl-56/${pname}-${version}.tar.gz";
    sha256 = "800f53845629c120ebc8b73139fd75df41ffa2f2ecf8ce231771820262f53fbe";
  };
  buildInputs = [ fspy-2 pngpy-21 ];
  meta = with lib; {
    description = "The gtkcurl-56 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
