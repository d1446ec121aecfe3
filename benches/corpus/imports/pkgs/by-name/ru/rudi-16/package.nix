{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "rudi-16";
  version = "6.2.8";
  src = fetchurl {
    url = "https://example.org/rudi-16/${pname}-${version}.tar.gz";
    sha256 = "801492baf8a5494b2b73ceda35ac7492fd2e031947bebb2cd6cbf8fd49f574c6";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The rudi-16 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
