{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "fsfs-4";
  version = "6.10.5";
  src = fetchurl {
    url = "https://example.org/fsfs-4/${pname}-${version}.tar.gz";
    sha256 = "49b50bdc844d4ebf936e356b6eb8ed83a8574e0bc02e96ba5bf539f2d63987b1";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The fsfs-4 package";
    license = licenses.asl20;
    platforms = platforms.darwin;
  };
}
