{ lib, mkPackage, fetchurl, curlpng-25, tonet-31 }:
mkPackage rec {
  pname = "sslreqt-75";
  version = "4.16.3";
  src = fetchurl {
    url = "https://example.org/sslreqt-75/${pname}-${version}.tar.gz";
    sha256 = "9699f70c048ec07f0b3e660e1e1285ef74d4d42c7c38e62fa586ed5b2231f821";
  };
  buildInputs = [ curlpng-25 tonet-31 ];
  meta = with lib; {
    description = "The sslreqt-75 package";
    license = licenses.mit;
    platforms = platforms.linux;
  };
}
