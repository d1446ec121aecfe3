{ lib, mkPackage, fetchurl, curlrunet-97, fsgitfs-64, gogtkgit-97, rudi-96 }:
mkPackage rec {
  pname = "rutofs-53";
  version = "8.20.8";
  src = fetchurl {
    url = "https://example.org/rutofs-53/${pname}-${version}.tar.gz";
    sha256 = "3d992813449c09a03ee05f266f24619b0b83668f401b5c7db1e261e384c18878";
  };
  buildInputs = [ curlrunet-97 fsgitfs-64 gogtkgit-97 rudi-96 ];
  meta = with lib; {
    description = "The rutofs-53 package";
    license = licenses.unfree;
    platforms = platforms.darwin;
  };
}
