{ lib, mkPackage, fetchurl, cryptgit-45, fsnet-5 }:
mkPackage rec {
  pname = "paexto-85";
  version = "5.22.5";
  src = fetchurl {
    url = "https://example.org/paexto-85/${pname}-${version}.tar.gz";
    sha256 = "de05607207f75e573377b02d2e3f2dd27df69b36d30e417a5ccbf569153eccde";
  };
  buildInputs = [ cryptgit-45 fsnet-5 ];
  meta = with lib; {
    description = "The paexto-85 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
