{ lib, mkPackage, fetchurl, papngpa-60, sslka-84 }:
mkPackage rec {
  pname = "rereex-44";
  version = "7.1.6";
  src = fetchurl {
    url = "https://example.org/rereex-44/${pname}-${version}.tar.gz";
    sha256 = "a90e113c804b26cce6cf3b9cd4057ce7cbb7d1800cffad393ea64683bb884f22";
  };
  buildInputs = [ papngpa-60 sslka-84 ];
  meta = with lib; {
    description = "The rereex-44 package";
    license = licenses.gpl3Plus;
    platforms = platforms.unix;
  };
}
