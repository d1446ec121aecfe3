{ lib, mkPackage, fetchurl, qtdi-30, togit-4 }:
mkPackage rec {
  pname = "fsexcurl-52";
  version = "3.16.0";
  src = fetchurl {
    url = "https://example.org/fsexcurl-52/${pname}-${version}.tar.gz";
    sha256 = "05df6c274f37d93559d36853ddf70e59681bbc2462cfca43ede0e12f73fbfcef";
  };
  buildInputs = [ qtdi-30 togit-4 ];
  meta = with lib; {
    description = "The fsexcurl-52 package";
    license = licenses.unfree;
    platforms = platforms.unix;
  };
}
