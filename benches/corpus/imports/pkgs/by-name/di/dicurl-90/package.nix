{ lib, mkPackage, fetchurl, xmlrezz-76 }:
mkPackage rec {
  pname = "dicurl-90";
  version = "4.18.2";
  src = fetchurl {
    url = "https://example.org/dicurl-90/${pname}-${version}.tar.gz";
    sha256 = "cea0be1a539283c70c29f44fa59f5fd722c6b09dde3e3e40664db1fb8807e4c1";
  };
  buildInputs = [ xmlrezz-76 ];
  meta = with lib; {
    description = "The dicurl-90 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
