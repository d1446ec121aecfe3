{ lib, mkPackage, fetchurl, libzz-35, netcrypt-64, ssldi-79 }:
mkPackage rec {
  pname = "remupa-15";
  version = "7.20.6";
  src = fetchurl {
    url = "https://example.org/remupa-15/${pname}-${version}.tar.gz";
    sha256 = "c336392d4c1f20100422c67f2cd0c16757a78ed1974d9a887bbe4d6761719e98";
  };
  buildInputs = [ libzz-35 netcrypt-64 ssldi-79 ];
  meta = with lib; {
    description = "The remupa-15 package";
    license = licenses.gpl3Plus;
    platforms = platforms.all;
  };
}
