{ lib, mkPackage, fetchurl, curlexcrypt-22, gtkgo-14, rekamu-49, sslfsre-73 }:
mkPackage rec {
  pname = "gitfscrypt-19";
  version = "9.23.3";
  src = fetchurl {
    url = "https://example.org/gitfscrypt-19/${pname}-${version}.tar.gz";
    sha256 = "b9c91605e61f96045c1f2f493c342a668c5b20985e17081b99c97b0b4a388e8f";
  };
  buildInputs = [ curlexcrypt-22 gtkgo-14 rekamu-49 sslfsre-73 ];
  meta = with lib; {
    description = "The gitfscrypt-19 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
