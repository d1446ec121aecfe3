{ lib, mkPackage, fetchurl }:
mkPackage rec {
  pname = "fspy-75";
  version = "7.9.5";
  src = fetchurl {
    url = "https://example.org/fspy-75/${pname}-${version}.tar.gz";
    sha256 = "f73d67a485e35b34b7bcf9670ac9de5cd8c9e62b2ee9b22f01a2002fecf503b3";
  };
  buildInputs = [  ];
  meta = with lib; {
    description = "The fspy-75 package";
    license = licenses.asl20;
    platforms = platforms.unix;
  };
}
