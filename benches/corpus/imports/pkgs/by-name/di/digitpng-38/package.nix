{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "digitpng-38";
  version = "6.0.2";
  src = fetchurl {
    url = "https://example.org/digitpng-38/${pname}-${version}.tar.gz";
    sha256 = "4e805519f7844a10620a9d6678bae6b8d801d59a0422943e4689d843683488b4";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The digitpng-38 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
