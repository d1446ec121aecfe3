{ lib, mkPackage, fetchurl, cryptkadi-9, libto-96, remupa-15, sslka-84 }:
mkPackage rec {
  pname = "curlpngru-63";
  version = "9.0.0";
  src = fetchurl {
    url = "https://example.org/curlpngru-63/${pname}-${version}.tar.gz";
    sha256 = "99adf474b8a083b263e5de1ecf07d3629849f42ba990133680fc68360b07d507";
  };
  buildInputs = [ cryptkadi-9 libto-96 remupa-15 sslka-84 ];
  meta = with lib; {
    description = "The curlpngru-63 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
