{ lib, mkPackage, fetchurl, pngka-83, sslzz-56, xmlcryptcrypt-70 }:
mkPackage rec {
  pname = "pacurlre-22";
  version = "3.19.5";
  src = fetchurl {
    url = "https://example.org/pacurlre-22/${pname}-${version}.tar.gz";
    sha256 = "509fc3dac44084c291f1e62fd4e75bf8a9adc6c93c5a59ea0ea7d0b502e94fb8";
  };
  buildInputs = [ pngka-83 sslzz-56 xmlcryptcrypt-70 ];
  meta = with lib; {
    description = "The pacurlre-22 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
