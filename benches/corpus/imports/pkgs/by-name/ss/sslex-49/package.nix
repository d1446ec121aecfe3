{ lib, mkPackage, fetchurl, togo-77 }:
mkPackage rec {
  pname = "sslex-49";
  version = "7.1.3";
  src = fetchurl {
    url = "https://example.org/sslex-49/${pname}-${version}.tar.gz";
    sha256 = "4f13bc44e3383e97e801fd898b70384cd3f614be4ffab7ac08c8d4bdb943efe2";
  };
  buildInputs = [ togo-77 ];
  meta = with lib; {
    description = "The sslex-49 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
