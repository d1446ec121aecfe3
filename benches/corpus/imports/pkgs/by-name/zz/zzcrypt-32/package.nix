{ lib, mkPackage, fetchurl, papngpa-60, remu-36, rugoka-34, sslnet-89 }:
mkPackage rec {
  pname = "zzcrypt-32";
  version = "4.6.1";
  src = fetchurl {
    url = "https://example.org/zzcrypt-32/${pname}-${version}.tar.gz";
    sha256 = "5e90b16f78016e52be59f05044c291b93f7f054f058ec42d40785ffc54f0fbc2";
  };
  buildInputs = [ papngpa-60 remu-36 rugoka-34 sslnet-89 ];
  meta = with lib; {
    description = "The zzcrypt-32 package";
    license = licenses.unfree;
    platforms = platforms.linux;
  };
}
