{ lib, mkPackage, fetchurl, cryptnet-11 }:
mkPackage rec {
  pname = "katofs-0";
  version = "1.23.2";
  src = fetchurl {
    url = "https://example.org/katofs-0/${pname}-${version}.tar.gz";
    sha256 = "8c097e7fe047bbd487cb914f1662378218232c4dda9a40e6be748a09341aa0db";
  };
  buildInputs = [ cryptnet-11 ];
  meta = with lib; {
    description = "The katofs-0 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
