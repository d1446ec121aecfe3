{ lib, mkPackage, fetchurl, pngcrypt-85, renet-30 }:
mkPackage rec {
  pname = "fsdissl-8";
  version = "8.18.3";
  src = fetchurl {
    url = "https://example.org/fsdissl-8/${pname}-${version}.tar.gz";
    sha256 = "e36c19937899caf029595ce46519a5dd43d44d19fc47533eaa67250bfbc7ff7e";
  };
  buildInputs = [ pngcrypt-85 renet-30 ];
  meta = with lib; {
    description = "The fsdissl-8 package";
    license = licenses.mit;
    platforms = platforms.darwin;
  };
}
