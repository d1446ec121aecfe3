{ lib, mkPackage, fetchurl, curlpy-23, gtkcrypt-71 }:
mkPackage rec {
  pname = "netcrypt-64";
  version = "3.18.2";
  src = fetchurl {
    url = "https://example.org/netcrypt-64/${pname}-${version}.tar.gz";
    sha256 = "43c6ade7c34527d343e181a7cf2378ee10068dcae2f86be8e7eabbd742f3a64d";
  };
  buildInputs = [ curlpy-23 gtkcrypt-71 ];
  meta = with lib; {
    description = "The netcrypt-64 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
