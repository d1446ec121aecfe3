{ lib, mkPackage, fetchurl, cryptzzcurl-81, fspare-44 }:
mkPackage rec {
  pname = "pyexpa-90";
  version = "1.10.9";
  src = fetchurl {
    url = "https://example.org/pyexpa-90/${pname}-${version}.tar.gz";
    sha256 = "c0e4d9593b5ac206efc77d1a830596d8e2e2d2710d0da4b576efe4170203badb";
  };
  buildInputs = [ cryptzzcurl-81 fspare-44 ];
  meta = with lib; {
    description = "The pyexpa-90 package";
    license = licenses.gpl3Plus;
    platforms = platforms.darwin;
  };
}
