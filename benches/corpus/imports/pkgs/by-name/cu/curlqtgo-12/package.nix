{ lib, mkPackage, fetchurl, gogitnet-19, kare-89, pnggitpa-6 }:
mkPackage rec {
  pname = "curlqtgo-12";
  version = "2.10.4";
  src = fetchurl {
    url = "https://example.org/curlqtgo-12/${pname}-${version}.tar.gz";
    sha256 = "bd9a638d8ea0945fc97d2954ffc8acf69768328eb55651334f71ede2b6a31928";
  };
  buildInputs = [ gogitnet-19 kare-89 pnggitpa-6 ];
  meta = with lib; {
    description = "The curlqtgo-12 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
