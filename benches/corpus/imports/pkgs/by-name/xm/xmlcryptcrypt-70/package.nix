{ lib, mkPackage, fetchurl, exssl-15, togo-77 }:
mkPackage rec {
  pname = "xmlcryptcrypt-70";
  version = "8.13.9";
  src = fetchurl {
    url = "https://example.org/xmlcryptcrypt-70/${pname}-${version}.tar.gz";
    sha256 = "f55e47679abf8d4688087d11aca58f590a265ffc740d2dbede3335c61bb1b802";
  };
  buildInputs = [ exssl-15 togo-77 ];
  meta = with lib; {
    description = "The xmlcryptcrypt-70 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
