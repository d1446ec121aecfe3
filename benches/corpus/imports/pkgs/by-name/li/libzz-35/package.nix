{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "libzz-35";
  version = "1.8.5";
  src = fetchurl {
    url = "https://example.org/libzz-35/${pname}-${version}.tar.gz";
    sha256 = "3644bfdca90712bd0fc124c21c088dee953d76e7a096b7645c354f8a41f51489";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The libzz-35 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
