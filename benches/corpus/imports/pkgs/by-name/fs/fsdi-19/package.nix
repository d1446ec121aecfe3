{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "fsdi-19";
  version = "4.15.8";
  src = fetchurl {
    url = "https://example.org/fsdi-19/${pname}-${version}.tar.gz";
    sha256 = "d23798c4d454d692e922cc15241dfc5f62b3caeb6b26a8770bd3f2894298ed7b";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The fsdi-19 package";
    license = licenses.asl20;
    platforms = platforms.linux;
  };
}
