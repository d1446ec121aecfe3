{ lib, mkPackage, fetchurl, fspng-73, gtkcrypt-71 }:
mkPackage rec {
  pname = "zzfsru-35";
  version = "6.13.3";
  src = fetchurl {
    url = "https://example.org/zzfsru-35/${pname}-${version}.tar.gz";
    sha256 = "034b96eed410fd197a783dbfab9e2c0768ca203ef6e07b16e3ee60128aeb6ee0";
  };
  buildInputs = [ fspng-73 gtkcrypt-71 ];
  meta = with lib; {
    description = "The zzfsru-35 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
