{ lib, mkPackage, fetchurl, netnet-68, pycurlka-27, regoka-22, toxmlpa-37 }:
mkPackage rec {
  pname = "pngzzcurl-33";
  version = "4.19.2";
  src = fetchurl {
    url = "https://example.org/pngzzcurl-33/${pname}-${version}.tar.gz";
    sha256 = "52fbf160022122696661c1a7f6313a29068497f56d8207d415209a63165a4024";
  };
  buildInputs = [ netnet-68 pycurlka-27 regoka-22 toxmlpa-37 ];
  meta = with lib; {
    description = "The pngzzcurl-33 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
