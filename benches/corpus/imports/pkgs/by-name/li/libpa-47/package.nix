{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "libpa-47";
  version = "3.13.4";
  src = fetchurl {
    url = "https://example.org/libpa-47/${pname}-${version}.tar.gz";
    sha256 = "bf86514fc5200824b5cd41f95e48944eb9b7bd9bccf07dc8241efcf86bb8fd24";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The libpa-47 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
