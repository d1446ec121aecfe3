{ lib, mkPackage, fetchurl, kagtkcurl-62, kasslzz-47, pycrypt-77 }:
mkPackage rec {
  pname = "gozzpa-40";
  version = "5.8.4";
  src = fetchurl {
    url = "https://example.org/gozzpa-40/${pname}-${version}.tar.gz";
    sha256 = "d328ba90081ca63e2b56c17d9d456783a740d3a80bb13df97a4e9727d1f66394";
  };
  buildInputs = [ kagtkcurl-62 kasslzz-47 pycrypt-77 ];
  meta = with lib; {
    description = "The gozzpa-40 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
