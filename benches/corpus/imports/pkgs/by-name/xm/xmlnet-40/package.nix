{ lib, mkPackage, fetchurl, exxmlnet-70, papngpa-60 }:
mkPackage rec {
  pname = "xmlnet-40";
  version = "2.9.4";
  src = fetchurl {
    url = "https://example.org/xmlnet-40/${pname}-${version}.tar.gz";
    sha256 = "4667cd04d9f7eac52f1ac74d49d43e604262048b856195367b098240786b23d4";
  };
  buildInputs = [ exxmlnet-70 papngpa-60 ];
  meta = with lib; {
    description = "The xmlnet-40 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
