{ lib, mkPackage, fetchurl, fscurl-37, kagit-79, rudi-96 }:
mkPackage rec {
  pname = "netnet-68";
  version = "6.26.1";
  src = fetchurl {
    url = "https://example.org/netnet-68/${pname}-${version}.tar.gz";
    sha256 = "7bd9d70c849b68b1b967e867a02bbdac3cfc04981ef7d34b4bc4dc4e1da32c27";
  };
  buildInputs = [ fscurl-37 kagit-79 rudi-96 ];
  meta = with lib; {
    description = "The netnet-68 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
