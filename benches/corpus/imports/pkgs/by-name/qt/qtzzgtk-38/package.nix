{ lib, mkPackage, fetchurl, curlrunet-97, munetka-12, mupngpa-9 }:
mkPackage rec {
  pname = "qtzzgtk-38";
  version = "4.4.9";
  src = fetchurl {
    url = "https://example.org/qtzzgtk-38/${pname}-${version}.tar.gz";
    sha256 = "70d01ad1bd121dd13bb567c1f89d7a42b664ab58cc7d287e51c08154de29764d";
  };
  buildInputs = [ curlrunet-97 munetka-12 mupngpa-9 ];
  meta = with lib; {
    description = "The qtzzgtk-38 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
