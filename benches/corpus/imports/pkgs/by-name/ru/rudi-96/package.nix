{ lib, mkPackage, fetchurl, curlmu-48, zzpngre-90 }:
mkPackage rec {
  pname = "rudi-96";
  version = "7.7.3";
  src = fetchurl {
    url = "https://example.org/rudi-96/${pname}-${version}.tar.gz";
    sha256 = "89b2290e0f96338763bff9aef8ae9f462ca2250b9b28f74c6e17b14667282a45";
  };
  buildInputs = [ curlmu-48 zzpngre-90 ];
  meta = with lib; {
    description = "The rudi-96 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
