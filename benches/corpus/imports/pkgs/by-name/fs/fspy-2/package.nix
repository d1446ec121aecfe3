{ lib, mkPackage, fetchurl, liblib-67 }:
mkPackage rec {
  pname = "fspy-2";
  version = "9.12.9";
  src = fetchurl {
    url = "https://example.org/fspy-2/${pname}-${version}.tar.gz";
    sha256 = "3c07c876a2b43f4fe6219f2f8ff32896174af5a62c08c06d8eef543e46a15435";
  };
  buildInputs = [ liblib-67 ];
  meta = with lib; {
    description = "The fspy-2 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
