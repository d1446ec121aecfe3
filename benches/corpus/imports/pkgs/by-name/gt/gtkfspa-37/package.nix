{ lib, mkPackage, fetchurl, rekamu-49 }:
mkPackage rec {
  pname = "gtkfspa-37";
  version = "5.3.3";
  src = fetchurl {
    url = "https://example.org/gtkfspa-37/${pname}-${version}.tar.gz";
    sha256 = "58d98285b79e76687a4fb39f08554d4e4c2af0d7e7c95b639efcec943d6906d7";
  };
  buildInputs = [ rekamu-49 ];
  meta = with lib; {
    description = "The gtkfspa-37 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
