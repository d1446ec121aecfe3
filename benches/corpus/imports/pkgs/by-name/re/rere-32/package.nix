{ lib, mkPackage, fetchurl, curlxmlex-91, exfscrypt-25, recurlgo-22 }:
mkPackage rec {
  pname = "rere-32";
  version = "0.5.9";
  src = fetchurl {
    url = "https://example.org/rere-32/${pname}-${version}.tar.gz";
    sha256 = "7a678af82be7a4fc9458d9825504dd37f35e451e1900e325d8ef8dbee47919c0";
  };
  buildInputs = [ curlxmlex-91 exfscrypt-25 recurlgo-22 ];
  meta = with lib; {
    description = "The rere-32 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
