{ lib, mkPackage, fetchurl, exgit-82, fsgonet-61, mucrypt-15, qtdi-30 }:
mkPackage rec {
  pname = "fsnet-5";
  version = "1.29.2";
  src = fetchurl {
    url = "https://example.org/fsnet-5/${pname}-${version}.tar.gz";
    sha256 = "a5ad15bb6d24c4ba813e9996ed428b11a7fe23b72ec264e33ecf8f4878bda353";
  };
  buildInputs = [ exgit-82 fsgonet-61 mucrypt-15 qtdi-30 ];
  meta = with lib; {
    description = "The fsnet-5 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
