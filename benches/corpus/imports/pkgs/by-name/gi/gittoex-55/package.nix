{ lib, mkPackage, fetchurl, dicurl-90, libgit-50, sslxmlmu-74 }:
mkPackage rec {
  pname = "gittoex-55";
  version = "3.27.0";
  src = fetchurl {
    url = "https://example.org/gittoex-55/${pname}-${version}.tar.gz";
    sha256 = "b6fd6c1c79615060e7947dd6b2c320556582c0678edaf6ad9882d09be9f749d9";
  };
  buildInputs = [ dicurl-90 libgit-50 sslxmlmu-74 ];
  meta = with lib; {
    description = "The gittoex-55 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
