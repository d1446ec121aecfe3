{ lib, mkPackage, fetchurl, ruqt-11 }:
mkPackage rec {
  pname = "mugolib-60";
  version = "2.23.1";
  src = fetchurl {
    url = "https://example.org/mugolib-60/${pname}-${version}.tar.gz";
    sha256 = "583d7de9367b062d8906f141ad0354ca68beae260e5dd2023513d041941cf67d";
  };
  buildInputs = [ ruqt-11 ];
  meta = with lib; {
    description = "The mugolib-60 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
