{ lib, mkPackage, fetchurl, gtkdi-48 }:
mkPackage rec {
  pname = "kazzdi-16";
  version = "5.17.1";
  src = fetchurl {
    url = "https://example.org/kazzdi-16/${pname}-${version}.tar.gz";
    sha256 = "976f19794423027a2cffaa350c0e653a9b23d6d7f67d9f0d20042112b9673822";
  };
  buildInputs = [ gtkdi-48 ];
  meta = with lib; {
    description = "The kazzdi-16 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
