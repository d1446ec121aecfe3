{ lib, mkPackage, fetchurl, curlnet-85, dicryptre-98, pazz-13 }:
mkPackage rec {
  pname = "fspng-71";
  version = "2.29.3";
  src = fetchurl {
    url = "https://example.org/fspng-71/${pname}-${version}.tar.gz";
    sha256 = "b2866ba1b293a226a011c124c9d74a21b93a0ba868db1f7ec2a5b80449ab858a";
  };
  buildInputs = [ curlnet-85 dicryptre-98 pazz-13 ];
  meta = with lib; {
    description = "The fspng-71 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
