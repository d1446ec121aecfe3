{ lib, mkPackage, fetchurl, mulibdi-43, pngpy-92, qtssl-16, ruzz-8 }:
mkPackage rec {
  pname = "xmlnet-0";
  version = "0.15.0";
  src = fetchurl {
    url = "https://example.org/xmlnet-0/${pname}-${version}.tar.gz";
    sha256 = "26d772caf405876a74de923304bae4e0a3f3b0859fd571af626476bea6bcabe1";
  };
  buildInputs = [ mulibdi-43 pngpy-92 qtssl-16 ruzz-8 ];
  meta = with lib; {
    description = "The xmlnet-0 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
