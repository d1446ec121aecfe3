{ lib, mkPackage, fetchurl, cryptcrypt-46, kanet-6, zzcurlto-72, zzgo-98 }:
mkPackage rec {
  pname = "panetcurl-79";
  version = "9.22.9";
  src = fetchurl {
    url = "https://example.org/panetcurl-79/${pname}-${version}.tar.gz";
    sha256 = "3db443325d36c23844f9d6340278ca35d208f7a4fdc6ea4452d487dc9511c3c6";
  };
  buildInputs = [ cryptcrypt-46 kanet-6 zzcurlto-72 zzgo-98 ];
  meta = with lib; {
    description = "The panetcurl-79 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
