{ lib, mkPackage, fetchurl, exdimu-25 }:
mkPackage rec {
  pname = "cryptcrypt-77";
  version = "3.7.2";
  src = fetchurl {
    url = "https://example.org/cryptcrypt-77/${pname}-${version}.tar.gz";
    sha256 = "2e5a4985019484d67b19edfbf6c88663cef853fe57ffb746fe95f1b8bdbd43e3";
  };
  buildInputs = [ exdimu-25 ];
  meta = with lib; {
    description = "The cryptcrypt-77 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
