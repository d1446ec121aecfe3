{ lib, mkPackage, fetchurl, gorere-87, kaqtpy-61, pngpyre-76, ressl-81 }:
mkPackage rec {
  pname = "cryptssl-25";
  version = "5.22.2";
  src = fetchurl {
    url = "https://example.org/cryptssl-25/${pname}-${version}.tar.gz";
    sha256 = "28cd838b2c3ee049a6a84cf7bdb2df22b122ce089661ddc14b85ca34076079d7";
  };
  buildInputs = [ gorere-87 kaqtpy-61 pngpyre-76 ressl-81 ];
  meta = with lib; {
    description = "The cryptssl-25 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
