{ lib, mkPackage, fetchurl, cryptlib-95 }:
mkPackage rec {
  pname = "xmlgit-76";
  version = "6.16.0";
  src = fetchurl {
    url = "https://example.org/xmlgit-76/${pname}-${version}.tar.gz";
    sha256 = "de59e9373d2460248d23208d4b4b4f7e2fd8ac060d0274a7fbca5ff1e0908e4e";
  };
  buildInputs = [ cryptlib-95 ];
  meta = with lib; {
    description = "The xmlgit-76 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
