{ lib, mkPackage, fetchurl, exssl-15, nettozz-94, pyqt-49 }:
mkPackage rec {
  pname = "gtkkato-47";
  version = "0.5.5";
  src = fetchurl {
    url = "https://example.org/gtkkato-47/${pname}-${version}.tar.gz";
    sha256 = "13864204261d50d0ff99604ce71c7bf67f6afc8c6220f5e897d502cb74870d29";
  };
  buildInputs = [ exssl-15 nettozz-94 pyqt-49 ];
  meta = with lib; {
    description = "The gtkkato-47 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
