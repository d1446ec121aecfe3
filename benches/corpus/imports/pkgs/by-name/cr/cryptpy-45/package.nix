{ lib, mkPackage, fetchurl, cryptpalib-67, exzz-85 }:
mkPackage rec {
  pname = "cryptpy-45";
  version = "1.30.7";
  src = fetchurl {
    url = "https://example.org/cryptpy-45/${pname}-${version}.tar.gz";
    sha256 = "4f0a911338f2a3fe87196fec328a041a17f1b2886f641c2f797ec05d52e554b8";
  };
  buildInputs = [ cryptpalib-67 exzz-85 ];
  meta = with lib; {
    description = "The cryptpy-45 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
