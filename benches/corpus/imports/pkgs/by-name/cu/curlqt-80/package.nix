{ lib, mkPackage, fetchurl, xmlgit-76 }:
mkPackage rec {
  pname = "curlqt-80";
  version = "8.4.7";
  src = fetchurl {
    url = "https://example.org/curlqt-80/${pname}-${version}.tar.gz";
    sha256 = "0369264b63d9d0881cd44b1e3155faef5baa95db85c1ff3acf37373fc6cf7e2f";
  };
  buildInputs = [ xmlgit-76 ];
  meta = with lib; {
    description = "The curlqt-80 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
