{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pngzzcurl-71";
  version = "9.2.7";
  src = fetchurl {
    url = "https://example.org/pngzzcurl-71/${pname}-${version}.tar.gz";
    sha256 = "8362ed7e0837aeb1f892963574b80f2e00b3ccd315aec46f70d7ea402b0442be";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pngzzcurl-71 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
