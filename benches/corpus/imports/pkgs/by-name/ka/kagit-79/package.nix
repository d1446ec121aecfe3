{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "kagit-79";
  version = "1.18.1";
  src = fetchurl {
    url = "https://example.org/kagit-79/${pname}-${version}.tar.gz";
    sha256 = "645640d7d2053d4b9e4a718885faf3a9e3a5e4602e0b34448357b75334af0004";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The kagit-79 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
