{ lib, mkPackage, fetchurl, curlgitxml-27, fsgit-71, libru-83, zzpa-46 }:
mkPackage rec {
  pname = "libxmlgo-73";
  version = "4.29.0";
  src = fetchurl {
    url = "https://example.org/libxmlgo-73/${pname}-${version}.tar.gz";
    sha256 = "e8c27c7f00bdba58befcb97baa1a77331afe7d9a97c0878395692c245e701c41";
  };
  buildInputs = [ curlgitxml-27 fsgit-71 libru-83 zzpa-46 ];
  meta = with lib; {
    description = "The libxmlgo-73 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
