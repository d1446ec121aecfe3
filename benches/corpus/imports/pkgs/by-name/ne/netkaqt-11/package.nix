{ lib, mkPackage, fetchurl, cryptmu-96, fsgopy-56, kakapng-78, rure-73 }:
mkPackage rec {
  pname = "netkaqt-11";
  version = "0.4.0";
  src = fetchurl {
    url = "https://example.org/netkaqt-11/${pname}-${version}.tar.gz";
    sha256 = "d620061456a08c36ad175e9d0d95a58459538b6087b6b913e681f4dd00180d6f";
  };
  buildInputs = [ cryptmu-96 fsgopy-56 kakapng-78 rure-73 ];
  meta = with lib; {
    description = "The netkaqt-11 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
