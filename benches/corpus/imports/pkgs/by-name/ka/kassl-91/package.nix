{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "kassl-91";
  version = "4.20.7";
  src = fetchurl {
    url = "https://example.org/kassl-91/${pname}-${version}.tar.gz";
    sha256 = "2264b65fbc90de1ed7f205b9bfc4b5e6287a3765f6d115cc2c11a55e6af43195";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The kassl-91 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
