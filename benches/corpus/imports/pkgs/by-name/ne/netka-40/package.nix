{ lib, mkPackage, fetchurl, rexmlcurl-27 }:
mkPackage rec {
  pname = "netka-40";
  version = "2.28.6";
  src = fetchurl {
    url = "https://example.org/netka-40/${pname}-${version}.tar.gz";
    sha256 = "fe2a20d388abb054e89c5a721d25710a9fa9b35cb4d906abae1e450808f46491";
  };
  buildInputs = [ rexmlcurl-27 ];
  meta = with lib; {
    description = "The netka-40 package";
    license = licenses.mit;
    platforms = platforms.all;
  };
}
