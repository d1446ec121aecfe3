{ lib, mkPackage, fetchurl, fsgitfs-64, rekamu-49, tocrypt-51 }:
mkPackage rec {
  pname = "gitcurl-35";
  version = "0.5.3";
  src = fetchurl {
    url = "https://example.org/gitcurl-35/${pname}-${version}.tar.gz";
    sha256 = "464f6210db3b8f6eb2eb0fe0f04a47d952b0b24fc8f6924fe8bcbd1b43490709";
  };
  buildInputs = [ fsgitfs-64 rekamu-49 tocrypt-51 ];
  meta = with lib; {
    description = "The gitcurl-35 package";
    license = licenses.unfree;
    platforms = platforms.all;
  };
}
