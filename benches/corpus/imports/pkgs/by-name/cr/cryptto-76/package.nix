{ lib, mkPackage, fetchurl, cryptlibgo-18, palibqt-34, paxmlcrypt-9 }:
mkPackage rec {
  pname = "cryptto-76";
  version = "7.28.1";
  src = fetchurl {
    url = "https://example.org/cryptto-76/${pname}-${version}.tar.gz";
    sha256 = "117cc71de97aee383524474c81b7b6042f035d3300df8e1cee32914510171372";
  };
  buildInputs = [ cryptlibgo-18 palibqt-34 paxmlcrypt-9 ];
  meta = with lib; {
    description = "The cryptto-76 package";
    license = licenses.gpl3Plus;
    platforms = platforms.linux;
  };
}
