{ lib, mkPackage, fetchurl, gitgtk-20, qtzzgtk-38 }:
mkPackage rec {
  pname = "pagtk-25";
  version = "2.4.3";
  src = fetchurl {
    url = "https://example.org/pagtk-25/${pname}-${version}.tar.gz";
    sha256 = "9aee04f394cc31bd0b65d0334f992aec64b6d02d90234fa3a8969e6bfa4515a6";
  };
  buildInputs = [ gitgtk-20 qtzzgtk-38 ];
  meta = with lib; {
    description = "The pagtk-25 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
