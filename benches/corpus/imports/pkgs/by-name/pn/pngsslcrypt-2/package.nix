{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "pngsslcrypt-2";
  version = "3.2.4";
  src = fetchurl {
    url = "https://example.org/pngsslcrypt-2/${pname}-${version}.tar.gz";
    sha256 = "5198164de957310def421beda7a539f9088424072c4eaa000a641a083a3c08f6";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The pngsslcrypt-2 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
