{ lib, mkPackage, fetchurl, gtkcrypt-66, pyexpa-90 }:
mkPackage rec {
  pname = "cryptcrypt-46";
  version = "6.1.7";
  src = fetchurl {
    url = "https://example.org/cryptcrypt-46/${pname}-${version}.tar.gz";
    sha256 = "d2d85953fd1e14fd12eebf391e606b8f158af021eb1d4fa30e94590612a0b151";
  };
  buildInputs = [ gtkcrypt-66 pyexpa-90 ];
  meta = with lib; {
    description = "The cryptcrypt-46 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
