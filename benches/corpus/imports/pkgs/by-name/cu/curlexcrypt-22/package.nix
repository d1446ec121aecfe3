{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "curlexcrypt-22";
  version = "5.15.4";
  src = fetchurl {
    url = "https://example.org/curlexcrypt-22/${pname}-${version}.tar.gz";
    sha256 = "026fa0ea9563273bf084fc92a06ebe3bc42ad005ed58b3be0c4d4ba621dbdad7";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The curlexcrypt-22 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
