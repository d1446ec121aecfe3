{ lib, mkPackage, fetchurl, exdimu-25 }:
mkPackage rec {
  pname = "netgtkex-56";
  version = "8.4.0";
  src = fetchurl {
    url = "https://example.org/netgtkex-56/${pname}-${version}.tar.gz";
    sha256 = "9103e3b46fcc7986054c4cba02446087f75d90ca189bef48f5aebb0329ad15c4";
  };
  buildInputs = [ exdimu-25 ];
  meta = with lib; {
    description = "The netgtkex-56 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
