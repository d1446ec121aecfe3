{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "gtkcrypt-66";
  version = "0.2.7";
  src = fetchurl {
    url = "https://example.org/gtkcrypt-66/${pname}-${version}.tar.gz";
    sha256 = "cd23a06f3c00d7fb310bd50c5c0212a4f952f3385a5de1459578f948ffdcdeab";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The gtkcrypt-66 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
