{ lib, mkPackage, fetchurl, cryptxmlpng-3, expapng-49, rudi-24 }:
mkPackage rec {
  pname = "fstogit-10";
  version = "8.24.7";
  src = fetchurl {
    url = "https://example.org/fstogit-10/${pname}-${version}.tar.gz";
    sha256 = "4e7a1e26076980b66bb4639a9ebc81f024e377f2b1d95f75ea4dce01fce38985";
  };
  buildInputs = [ cryptxmlpng-3 expapng-49 rudi-24 ];
  meta = with lib; {
    description = "The fstogit-10 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
