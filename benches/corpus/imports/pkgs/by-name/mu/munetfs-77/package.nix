{ lib, mkPackage, fetchurl, liblib-50 }:
mkPackage rec {
  pname = "munetfs-77";
  version = "6.25.0";
  src = fetchurl {
    url = "https://example.org/munetfs-77/${pname}-${version}.tar.gz";
    sha256 = "a0b5d5666755b4dc11596c3dfacd4904987ade9fe1aff01d32b106f82ec9ded9";
  };
  buildInputs = [ liblib-50 ];
  meta = with lib; {
    description = "The munetfs-77 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
