{ lib, mkPackage, fetchurl, gtkdipy-49, mussl-42, papymu-66, qtnet-32 }:
mkPackage rec {
  pname = "exzz-76";
  version = "4.0.7";
  src = fetchurl {
    url = "https://example.org/exzz-76/${pname}-${version}.tar.gz";
    sha256 = "a557791f34202af07ced2c1e476f06c86662063c03d4e428acaac20d4419f96c";
  };
  buildInputs = [ gtkdipy-49 mussl-42 papymu-66 qtnet-32 ];
  meta = with lib; {
    description = "The exzz-76 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
