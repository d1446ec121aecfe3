{ lib, mkPackage, fetchurl, fsgo-2, libzz-35, zzpngre-90 }:
mkPackage rec {
  pname = "cryptssl-67";
  version = "9.11.9";
  src = fetchurl {
    url = "https://example.org/cryptssl-67/${pname}-${version}.tar.gz";
    sha256 = "53dc1ceb145a77491f0e0566777871ef99594fc6e2a9e8491d5dcbdfcdb5a289";
  };
  buildInputs = [ fsgo-2 libzz-35 zzpngre-90 ];
  meta = with lib; {
    description = "The cryptssl-67 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
