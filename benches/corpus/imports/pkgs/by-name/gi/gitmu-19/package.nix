{ lib, mkPackage, fetchurl, libzz-35, pyexpa-90, sslnet-89, zzcurlto-72 }:
mkPackage rec {
  pname = "gitmu-19";
  version = "7.21.1";
  src = fetchurl {
    url = "https://example.org/gitmu-19/${pname}-${version}.tar.gz";
    sha256 = "186826d030b0ddadb0eb38e4da67b2774cc66f4ca4ef651c82ad7a0e7aed07ca";
  };
  buildInputs = [ libzz-35 pyexpa-90 sslnet-89 zzcurlto-72 ];
  meta = with lib; {
    description = "The gitmu-19 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
