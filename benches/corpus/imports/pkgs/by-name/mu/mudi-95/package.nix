{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "mudi-95";
  version = "8.2.4";
  src = fetchurl {
    url = "https://example.org/mudi-95/${pname}-${version}.tar.gz";
    sha256 = "46352a2c01f27c2fae4ae83132e89f7d59752d24c0ab017e50a0b37d132bf37a";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The mudi-95 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
