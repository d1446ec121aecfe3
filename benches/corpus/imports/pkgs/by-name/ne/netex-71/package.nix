{ lib, mkPackage, fetchurl, curlexcrypt-22, libgtkpy-72, pyexpa-90 }:
mkPackage rec {
  pname = "netex-71";
  version = "8.25.9";
  src = fetchurl {
    url = "https://example.org/netex-71/${pname}-${version}.tar.gz";
    sha256 = "89f3e8eda55de7877164a1dc5082805a18ec4a6a93107c0a10c722664412be68";
  };
  buildInputs = [ curlexcrypt-22 libgtkpy-72 pyexpa-90 ];
  meta = with lib; {
    description = "The netex-71 package";
    license = licenses.mit;
    platforms = platforms.unix;
  };
}
