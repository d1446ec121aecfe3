{ lib, mkPackage, fetchurl, cryptnet-11, toxmlpa-37 }:
mkPackage rec {
  pname = "expa-45";
  version = "1.18.1";
  src = fetchurl {
    url = "https://example.org/expa-45/${pname}-${version}.tar.gz";
    sha256 = "5045d6ede864c4c3f4d17b5768df5c3c0da16ffecd22b5046d11e10df3be0463";
  };
  buildInputs = [ cryptnet-11 toxmlpa-37 ];
  meta = with lib; {
    description = "The expa-45 package";
    license = licenses.asl20;
    platforms = platforms.all;
  };
}
