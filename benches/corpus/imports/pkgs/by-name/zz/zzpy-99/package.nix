{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "zzpy-99";
  version = "8.0.1";
  src = fetchurl {
    url = "https://example.org/zzpy-99/${pname}-${version}.tar.gz";
    sha256 = "86d4b0551f8bf906f465ddcb9f95f4e0a492bbea557d86f70e3718c79900d611";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The zzpy-99 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
