{ lib, mkPackage, fetchurl, libxmlto-58, pyexpa-90, qtkago-11 }:
mkPackage rec {
  pname = "regoka-22";
  version = "8.0.5";
  src = fetchurl {
    url = "https://example.org/regoka-22/${pname}-${version}.tar.gz";
    sha256 = "1b4446a2d35315913ba6b297117ed6bfaef950a2925cbff29acc736c897c3959";
  };
  buildInputs = [ libxmlto-58 pyexpa-90 qtkago-11 ];
  meta = with lib; {
    description = "The regoka-22 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
