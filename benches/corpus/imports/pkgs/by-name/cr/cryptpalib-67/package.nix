{ lib, mkPackage, fetchurl, curlcryptto-60 }:
mkPackage rec {
  pname = "cryptpalib-67";
  version = "7.0.4";
  src = fetchurl {
    url = "https://example.org/cryptpalib-67/${pname}-${version}.tar.gz";
    sha256 = "e52473b9a963c05dda97a9e4dfa2beb53da30bea3d6d4295722718ecbe2d2c8b";
  };
  buildInputs = [ curlcryptto-60 ];
  meta = with lib; {
    description = "The cryptpalib-67 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
