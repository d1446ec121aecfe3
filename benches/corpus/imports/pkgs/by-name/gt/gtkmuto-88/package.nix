{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "gtkmuto-88";
  version = "4.3.1";
  src = fetchurl {
    url = "https://example.org/gtkmuto-88/${pname}-${version}.tar.gz";
    sha256 = "131331b3a3aedc011b41689ffb41ec52e98e9716b38eb9846a0c25b4478add08";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The gtkmuto-88 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
